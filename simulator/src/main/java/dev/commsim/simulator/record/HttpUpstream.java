package dev.commsim.simulator.record;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provider (or another simulator) reached with the JDK's HTTP client. The request goes out as the
 * client sent it, minus the hop-by-hop headers a proxy must not pass on and {@code Accept-Encoding}
 * (so the answer comes back uncompressed and is recorded readable); redirects are not followed.
 */
final class HttpUpstream implements Upstream {
    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "proxy-authorization",
            "accept-encoding", "http2-settings");
    private static final Set<String> NOT_RETURNED = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", "te", "trailer", "upgrade", "proxy-connection");

    private final String base;
    private final Duration timeout;
    private final HttpClient client;

    HttpUpstream(URI base, Duration timeout) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public String name() {
        return base;
    }

    @Override
    public UpstreamAnswer send(ProviderRequest request) {
        HttpRequest.Builder builder;
        try {
            String query = request.query() == null || request.query().isEmpty() ? "" : "?" + request.query();
            builder = HttpRequest.newBuilder(URI.create(base + request.path() + query)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            return UpstreamAnswer.failed("the request's path cannot be forwarded: " + e.getMessage());
        }
        request.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!NOT_RETURNED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                    headers.put(name, values);
                }
            });
            return new UpstreamAnswer(response.statusCode(), headers, response.body(), null);
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return UpstreamAnswer.failed(e.getClass().getSimpleName() + message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UpstreamAnswer.failed("interrupted");
        } catch (IllegalArgumentException e) {
            // A header value the JDK client refuses to send.
            return UpstreamAnswer.failed("the request cannot be forwarded: " + e.getMessage());
        }
    }
}
