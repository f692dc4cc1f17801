package dev.commsim.simulator.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A raw HTTP/1.1 client for tests that send what no typed client would: any method, any bytes, any
 * content type. HTTP/1.1 on purpose (the JDK's h2c upgrade stalled a parallel test here) and a timeout
 * on every request.
 */
public final class Wire {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int LARGE_BODY = 512 * 1024;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    public Wire(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Answer(int status, String body) {
    }

    /** {@code pathAndQuery} is sent as written (already percent-encoded); a null body sends none. */
    public Answer send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && body.length > LARGE_BODY) {
            return overSocket(method, pathAndQuery, headers, body);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " failed on the wire", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * A large body on its own connection, written by another thread while this one reads: the server
     * may answer (413) and close before the body is all sent, and the JDK client then reports only the
     * broken pipe, not the answer.
     */
    private Answer overSocket(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            StringBuilder head = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.1\r\nHost: "
                    + base.getHost() + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(start);
                    out.write(body);
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the server answered and closed before taking the whole body: expected for 413
                }
            }, "wire-large-body");
            writer.setDaemon(true);
            writer.start();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int blank = response.indexOf("\r\n\r\n");
            return new Answer(status, blank < 0 ? "" : response.substring(blank + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " (large body) failed on the wire", e);
        }
    }

    public Answer json(String method, String path, Map<String, String> headers, String json) {
        java.util.Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send(method, path, all, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }
}
