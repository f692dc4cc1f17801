package dev.commsim.contract.recording;

import dev.commsim.contract.driver.Transport;
import dev.commsim.simulator.record.ProviderRequest;
import dev.commsim.simulator.record.Recorder;
import dev.commsim.simulator.record.Upstream;
import dev.commsim.simulator.record.UpstreamAnswer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transport that records: every exchange of the kit with a live provider goes through the same
 * {@link Recorder} as the simulator's record mode (the channel's world read first, credentials
 * redacted), so one live run also leaves a recording that checks every later simulator build
 * ({@code verify-recording}). The kit sees the same answers, and the same failure when none comes.
 */
public final class RecordingTransport implements Transport {
    private final Transport inner;
    private final Recorder recorder;
    private final Upstream upstream;

    public RecordingTransport(Transport inner, Recorder recorder, String baseUrl) {
        this.inner = inner;
        this.recorder = recorder;
        this.upstream = new Upstream() {
            @Override
            public UpstreamAnswer send(ProviderRequest request) {
                return sendInner(request);
            }

            @Override
            public String name() {
                return baseUrl;
            }
        };
    }

    @Override
    public Reply send(String method, String path, String bearer, String json, Map<String, String> headers) {
        int question = path.indexOf('?');
        Map<String, List<String>> sent = new LinkedHashMap<>();
        headers.forEach((name, value) -> sent.put(name, List.of(value)));
        if (bearer != null) {
            sent.put("Authorization", List.of("Bearer " + bearer));
        }
        if (json != null) {
            sent.put("Content-Type", List.of("application/json"));
        }
        ProviderRequest request = new ProviderRequest(method, question < 0 ? path : path.substring(0, question),
                question < 0 ? null : path.substring(question + 1), sent,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        UpstreamAnswer answer = recorder.forward(request, upstream);
        if (!answer.answered()) {
            throw new UncheckedIOException(method + " " + path + " failed: " + answer.failure(),
                    new java.io.IOException(answer.failure()));
        }
        return new Reply(answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
    }

    /** The request as the wrapped transport takes it: bearer and JSON body apart from the other headers. */
    private UpstreamAnswer sendInner(ProviderRequest request) {
        String authorization = request.header("Authorization");
        String bearer = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : null;
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization") && !name.equalsIgnoreCase("Content-Type")
                    && !name.equalsIgnoreCase("Accept")) {
                headers.put(name, values.get(0));
            }
        });
        String query = request.query() == null || request.query().isEmpty() ? "" : "?" + request.query();
        String body = request.body().length == 0 ? null : new String(request.body(), StandardCharsets.UTF_8);
        try {
            Reply reply = inner.send(request.method(), request.path() + query, bearer, body, headers);
            byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            return new UpstreamAnswer(reply.status(), Map.of(), bytes, null);
        } catch (RuntimeException e) {
            return UpstreamAnswer.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public void close() {
        inner.close();
    }
}
