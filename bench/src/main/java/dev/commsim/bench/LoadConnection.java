package dev.commsim.bench;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Map;

/**
 * One load client: its own keep-alive connection, its own mix and pre-encoded requests, exactly one
 * request in flight (closed loop). The next request is written as soon as the previous response has
 * been read. Owned by one {@link EventLoop} thread; its tallies are read only after that thread ended.
 */
final class LoadConnection {
    /** Like the blocking client's read timeout: a request unanswered this long is an I/O failure. */
    static final long TIMEOUT_NANOS = 30_000_000_000L;
    private static final int BUFFER_BYTES = 32 * 1024;

    private final InetSocketAddress server;
    private final Mix mix;
    /** By {@link Op#ordinal()}: the request variants, direct so that a write is not copied first. */
    private final ByteBuffer[][] requests;
    private final long measureFrom;
    private final long end;
    private final ByteBuffer in = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private final ResponseParser parser = new ResponseParser();

    private final LatencyLog latencies = new LatencyLog();
    private final long[] errorsByOp = new long[Op.values().length];
    private long measured;
    private int connects;

    private Selector selector;
    private SocketChannel channel;
    private SelectionKey key;
    private Op op;
    private ByteBuffer out;
    private long start;
    private boolean inFlight;
    private boolean done;

    LoadConnection(InetSocketAddress server, Mix mix, Map<Op, byte[][]> encoded, long measureFrom, long end) {
        this.server = server;
        this.mix = mix;
        this.requests = new ByteBuffer[Op.values().length][];
        for (Map.Entry<Op, byte[][]> entry : encoded.entrySet()) {
            byte[][] variants = entry.getValue();
            ByteBuffer[] buffers = new ByteBuffer[variants.length];
            for (int i = 0; i < variants.length; i++) {
                buffers[i] = ByteBuffer.allocateDirect(variants[i].length).put(variants[i]).flip();
            }
            requests[entry.getKey().ordinal()] = buffers;
        }
        this.measureFrom = measureFrom;
        this.end = end;
    }

    /** Sends the first request; the connection is opened then, inside the warm-up. */
    void begin(Selector selector) {
        this.selector = selector;
        startRequests();
    }

    boolean done() {
        return done;
    }

    /** Called by the event loop with the ready operations of this connection's key. */
    void onReady(int readyOps) {
        try {
            if ((readyOps & SelectionKey.OP_CONNECT) != 0) {
                if (!channel.finishConnect()) {
                    return;
                }
                connects++;
                key.interestOps(SelectionKey.OP_READ);
                write();
                return;
            }
            if ((readyOps & SelectionKey.OP_WRITE) != 0 && out.hasRemaining() && !write()) {
                return;
            }
            if ((readyOps & SelectionKey.OP_READ) == 0 || !read()) {
                return;
            }
            finished(parser.status());
            if (parser.closeAfter()) {
                close();
            }
        } catch (IOException e) {
            failed();
        }
        startRequests();
    }

    /** Fails a request the server has not answered in time, as the blocking client's timeout did. */
    void checkTimeout(long now) {
        if (inFlight && now - start > TIMEOUT_NANOS) {
            failed();
            startRequests();
        }
    }

    /** Starts requests until one waits on the socket or the load is over; failures loop, not recurse. */
    private void startRequests() {
        while (!done) {
            op = mix.next();
            ByteBuffer[] variants = requests[op.ordinal()];
            out = variants.length == 1 ? variants[0] : variants[mix.variant(variants.length)];
            out.rewind();
            start = System.nanoTime();
            if (start >= end) {
                done = true;
                close();
                return;
            }
            inFlight = true;
            parser.reset();
            try {
                if (channel == null && !connect()) {
                    return; // written once OP_CONNECT fires
                }
                write();
                return;
            } catch (IOException e) {
                failed();
            }
        }
    }

    /** Opens a fresh connection; true if it is already established (common on loopback). */
    private boolean connect() throws IOException {
        channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        boolean connected = channel.connect(server);
        key = channel.register(selector, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
        if (connected) {
            connects++;
        }
        return connected;
    }

    /**
     * Writes what the socket takes; true when the request is fully written. The key keeps OP_READ
     * interest for good and gains OP_WRITE only while a write is partial, so the usual request costs
     * no interest change (no epoll_ctl).
     */
    private boolean write() throws IOException {
        channel.write(out);
        boolean whole = !out.hasRemaining();
        int wanted = whole ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE;
        if (key.interestOps() != wanted) {
            key.interestOps(wanted);
        }
        return whole;
    }

    /** Reads once (the selector is level-triggered) and returns true when the response is complete. */
    private boolean read() throws IOException {
        int n = channel.read(in);
        if (n < 0) {
            if (parser.endOfStream()) {
                return true;
            }
            throw new EOFException("connection closed by the server");
        }
        in.flip();
        try {
            return parser.parse(in);
        } finally {
            in.compact();
        }
    }

    private void finished(int status) {
        inFlight = false;
        if (start >= measureFrom) {
            measured++;
            latencies.add(System.nanoTime() - start);
            if (status != 200) {
                errorsByOp[op.ordinal()]++;
            }
        }
    }

    private void failed() {
        close();
        finished(-1);
    }

    private void close() {
        if (channel == null) {
            return;
        }
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a loopback socket; nothing to recover
        }
        channel = null;
        key = null;
        in.clear();
    }

    /** Requests started in the measured window. */
    long measured() {
        return measured;
    }

    long errors(Op op) {
        return errorsByOp[op.ordinal()];
    }

    LatencyLog latencies() {
        return latencies;
    }

    /** TCP connections opened; 1 means every request reused the first. */
    int connects() {
        return connects;
    }
}
