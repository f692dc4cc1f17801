package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.commsim.simulator.http.Json;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forwards provider requests to an upstream and appends each exchange to a recording. The first time
 * a channel speaks, its world is read first ({@link WorldCapture}) and the channel is written under a
 * label ({@code whapi-1}, {@code zapi-1}, …). Requests go out one at a time, so the recording's order is
 * the order the upstream saw them. Used by the simulator's record mode and by the contract kit's live
 * runs, so both write the same format.
 */
public final class Recorder implements AutoCloseable {
    private final RecordingWriter writer;
    private final Clock clock;
    private final Redactor redactor = new Redactor();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private String writeProblem;

    public Recorder(RecordingWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Sends the request upstream and records it; answers what the upstream answered, unchanged, or, when
     * it gave no answer, a 502 in the provider's error envelope (recorded as such, with the reason).
     */
    public synchronized UpstreamAnswer forward(ProviderRequest request, Upstream upstream) {
        ChannelCredentials channel = ChannelCredentials.of(request);
        channel.secrets().forEach(redactor::add);
        String label = labels.get(channel.key());
        if (label == null) {
            label = firstSight(channel, upstream);
        }
        Timed timed = timed(upstream, request);
        UpstreamAnswer answer = timed.answer();
        if (!answer.answered()) {
            answer = badGateway(channel, upstream, answer.failure());
        }
        write(exchange(channel, label, RecordedExchange.BY_CLIENT, timed, channel.path(), channel.query(),
                RecordedBody.of(request.body()), answer, request.method()));
        return answer;
    }

    /**
     * Appends an exchange. The request has reached the upstream by now, so a recording that cannot be
     * written (a full disk) must not cost the client its answer: the problem is kept and told once.
     */
    private void write(RecordedExchange exchange) {
        try {
            writer.exchange(exchange);
        } catch (UncheckedIOException e) {
            failedToWrite(e);
        }
    }

    private void failedToWrite(UncheckedIOException e) {
        if (writeProblem == null) {
            writeProblem = e.getMessage() + ": " + e.getCause().getMessage();
            System.err.println("commsim: the recording is incomplete from here on: " + writeProblem);
        }
    }

    /** Why the recording stopped being written, or null while it is complete. */
    public synchronized String writeProblem() {
        return writeProblem;
    }

    public RecordingWriter writer() {
        return writer;
    }

    /** Labels the channel, reads its world (recorded by the recorder), then writes the channel line and the reads. */
    private String firstSight(ChannelCredentials channel, Upstream upstream) {
        String label = channel.dialect() + "-" + (channel.identified()
                ? String.valueOf(counts.merge(channel.dialect(), 1, Integer::sum)) : ChannelCredentials.UNIDENTIFIED);
        labels.put(channel.key(), label);
        List<RecordedExchange> reads = new ArrayList<>();
        String phone = null;
        if (channel.identified()) {
            phone = WorldCapture.capture(channel.dialect(), (path, query) -> {
                ProviderRequest get = channel.get(path, query);
                Timed timed = timed(upstream, get);
                UpstreamAnswer answer = timed.answer();
                reads.add(exchange(channel, label, RecordedExchange.BY_RECORDER, timed, path, query, RecordedBody.NONE,
                        answer.answered() ? answer : badGateway(channel, upstream, answer.failure()), "GET"));
                if (!answer.answered()) {
                    return null;
                }
                JsonNode body = RecordedBody.of(answer.body()).json();
                return new WorldCapture.Read(answer.status(), body == null ? MissingNode.getInstance() : body);
            });
        }
        try {
            writer.channel(new RecordedChannel(label, channel.dialect(), phone));
        } catch (UncheckedIOException e) {
            failedToWrite(e);
        }
        reads.forEach(this::write);
        return label;
    }

    /** The recorder's own answer when the upstream gave none: a 502 that keeps the reason. */
    private static UpstreamAnswer badGateway(ChannelCredentials channel, Upstream upstream, String failure) {
        JsonNode body = GatewayErrors.badGateway(channel.dialect(), upstream.name() + " gave no answer: " + failure);
        return new UpstreamAnswer(GatewayErrors.BAD_GATEWAY, Map.of("Content-Type", List.of("application/json")),
                Json.bytes(body), failure);
    }

    private RecordedExchange exchange(ChannelCredentials channel, String label, String by, Timed timed, String path,
                                      String query, RecordedBody request, UpstreamAnswer answer, String method) {
        return new RecordedExchange(0, label, channel.dialect(), by, timed.at(), timed.millis(), method,
                redactor.scrub(path), redactor.scrub(query), redactor.scrub(request), answer.status(),
                redactor.scrub(RecordedBody.of(answer.body())), answer.failure() == null ? null
                : redactor.scrub(answer.failure()), null);
    }

    private Timed timed(Upstream upstream, ProviderRequest request) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        UpstreamAnswer answer = upstream.send(request);
        return new Timed(at, (System.nanoTime() - started) / 1_000_000, answer);
    }

    private record Timed(Instant at, long millis, UpstreamAnswer answer) {
    }

    @Override
    public void close() {
        writer.close();
    }
}
