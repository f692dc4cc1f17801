package dev.commsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The load client against an awkward server: responses in pieces, chunked, some 500s, some closing
 * the connection, and one request larger than any socket send buffer (partial writes).
 */
class LoadConnectionTest {
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    @Test
    void everyRequestIsAnsweredCountedAndEveryCloseReconnected() throws Exception {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread acceptor = new Thread(() -> serve(listener), "awkward-server");
            acceptor.setDaemon(true);
            acceptor.start();

            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            Map<Op, byte[][]> requests = new EnumMap<>(Op.class);
            for (Op op : Op.values()) {
                String body = op == Op.LINK ? "x".repeat(8 << 20) : null; // beyond any socket send buffer
                requests.put(op, new byte[][] {
                        HttpConnection.encode(op.method, "/" + op.name(), "test", "t", body)});
            }
            long now = System.nanoTime();
            LoadConnection a = new LoadConnection(address, new Mix(1), requests, now, now + 1_000_000_000L);
            LoadConnection b = new LoadConnection(address, new Mix(2), requests, now, now + 1_000_000_000L);
            new EventLoop(List.of(a, b)).run();

            long errors = 0;
            for (Op op : Op.values()) {
                errors += a.errors(op) + b.errors(op);
            }
            assertThat(a.measured() + b.measured()).isEqualTo(answered.get()).isGreaterThan(20);
            assertThat(errors).isEqualTo(failures.get()).isPositive();
            assertThat(a.connects() + b.connects()).isEqualTo(accepted.get()).isGreaterThan(2);
            assertThat(a.latencies().count() + b.latencies().count()).isEqualTo(answered.get());
            assertThat(a.done() && b.done()).isTrue();
        }
    }

    private void serve(ServerSocket listener) {
        while (true) {
            try {
                Socket socket = listener.accept();
                accepted.incrementAndGet();
                Thread handler = new Thread(() -> answer(socket), "awkward-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                long contentLength = 0;
                String line = line(in);
                if (line == null) {
                    return;
                }
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        contentLength = Long.parseLong(header.substring(15).trim());
                    }
                }
                in.skipNBytes(contentLength);
                int n = answered.incrementAndGet();
                int status = n % 5 == 0 ? 500 : 200;
                if (status != 200) {
                    failures.incrementAndGet();
                }
                boolean close = n % 7 == 0;
                String head = "HTTP/1.1 " + status + " X\r\n" + (close ? "Connection: close\r\n" : "");
                String response = n % 2 == 0
                        ? head + "Content-Length: 10\r\n\r\n0123456789"
                        : head + "Transfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n";
                byte[] bytes = response.getBytes(StandardCharsets.US_ASCII);
                int third = bytes.length / 3;
                for (int[] piece : new int[][] {{0, third}, {third, third}, {2 * third, bytes.length - 2 * third}}) {
                    out.write(bytes, piece[0], piece[1]);
                    out.flush();
                    Thread.sleep(1);
                }
                if (close) {
                    return;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client closed at the end of the run
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
