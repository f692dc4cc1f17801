package dev.commsim.contract.recording;

import dev.commsim.contract.driver.Transport;
import dev.commsim.simulator.record.RecordedBody;
import dev.commsim.simulator.record.RecordedExchange;
import dev.commsim.simulator.record.Recording;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a simulator against a recording: loads the recorded starting world (reset, then
 * {@code PUT /_sim/state}), replays every recorded request in order with the ids bound so far, and
 * compares each answer with the recorded one after normalisation ({@link NormalisationRules}). The
 * target keeps its own settings: that is what is being checked.
 */
public final class RecordingVerifier {
    private final NormalisationRules rules;

    public RecordingVerifier(NormalisationRules rules) {
        this.rules = rules;
    }

    /** {@code target} reaches a simulator (its control plane and both dialects) at one base URL. */
    public VerificationReport verify(Recording recording, String name, Transport target, String targetName) {
        StartingWorld world = StartingWorld.of(recording);
        List<String> notes = new ArrayList<>();
        if (recording.header().source().equals("documentation")) {
            notes.add("built from provider documentation, not live traffic" + (recording.header().note() == null ? ""
                    : ": " + recording.header().note()));
        }
        notes.add("starting world: " + world.groupCount() + " groups, " + world.communityCount() + " communities, "
                + world.channels().size() + " channels");
        notes.addAll(world.notes());
        Transport.Reply reset = target.send("POST", "/_sim/reset", null, null);
        if (!reset.ok()) {
            return new VerificationReport(name, targetName, notes, List.of(), "POST /_sim/reset answered "
                    + reset.status() + " " + reset.body(), false);
        }
        Transport.Reply loaded = target.send("PUT", "/_sim/state", null, world.snapshot().toString());
        if (!loaded.ok()) {
            return new VerificationReport(name, targetName, notes, List.of(), loaded.status() + " " + loaded.body(),
                    false);
        }
        IdBinding binding = new IdBinding();
        world.bindItself(binding);
        RequestTranslation translation = new RequestTranslation(rules);
        List<Verdict> verdicts = new ArrayList<>();
        for (RecordedExchange exchange : recording.exchanges()) {
            verdicts.add(replay(recording, exchange, world, binding, translation, target));
        }
        return new VerificationReport(name, targetName, notes, verdicts, null, false);
    }

    private Verdict replay(Recording recording, RecordedExchange exchange, StartingWorld world, IdBinding binding,
                           RequestTranslation translation, Transport target) {
        if (exchange.upstreamError() != null) {
            return Verdict.skipped(exchange, null, 0, RecordedBody.NONE,
                    "the upstream gave no answer when it was recorded (" + exchange.upstreamError() + ")");
        }
        ReplayChannel channel = world.channels().stream().filter(c -> c.label().equals(exchange.channel())).findFirst()
                .orElse(new ReplayChannel(exchange.channel(), exchange.dialect(), null));
        String query = translation.query(exchange.query(), binding);
        String path = channel.path(translation.path(exchange.path(), binding))
                + (query == null || query.isEmpty() ? "" : "?" + query);
        String body = null;
        if (exchange.request().json() != null) {
            body = translation.body(exchange.request().json(), binding).toString();
        } else if (exchange.request().text() != null) {
            body = exchange.request().text();
        }
        Transport.Reply reply;
        try {
            reply = target.send(exchange.method(), path, channel.bearer(), body, Map.of());
        } catch (RuntimeException e) {
            return new Verdict(exchange, path, 0, RecordedBody.NONE, List.of(new Difference(Difference.Kind.STATUS, "",
                    String.valueOf(exchange.status()), "no answer (" + e.getMessage() + ")", null)), null);
        }
        RecordedBody answer = scrubbed(RecordedBody.of(reply.body() == null ? null
                : reply.body().getBytes(StandardCharsets.UTF_8)), channel);
        Optional<NormalisationRules.SkipRule> skip = rules.skip(exchange);
        if (skip.isPresent()) {
            return Verdict.skipped(exchange, path, reply.status(), answer, skip.get().why());
        }
        return new Verdict(exchange, path, reply.status(), answer,
                differences(recording, exchange, reply.status(), answer, binding), null);
    }

    private List<Difference> differences(Recording recording, RecordedExchange exchange, int status,
                                         RecordedBody answer, IdBinding binding) {
        if (status != exchange.status()) {
            return List.of(new Difference(Difference.Kind.STATUS, "", String.valueOf(exchange.status()),
                    String.valueOf(status), null));
        }
        RecordedBody recorded = exchange.response();
        if (recorded.json() != null && answer.json() != null) {
            return new AnswerComparison(rules, exchange, recording.header().extraFieldsAllowed())
                    .compare(recorded.json(), answer.json(), binding);
        }
        if (recorded.isEmpty() && answer.isEmpty()) {
            return List.of();
        }
        String recordedText = recorded.toString();
        String answerText = answer.toString();
        return recordedText.equals(answerText) ? List.of()
                : List.of(new Difference(Difference.Kind.VALUE, "$", recordedText, answerText, "bodies differ"));
    }

    /** The replay's own made-up credentials, redacted as the recorder redacted the real ones. */
    private static RecordedBody scrubbed(RecordedBody body, ReplayChannel channel) {
        if (body.isEmpty()) {
            return body;
        }
        String text = body.toString();
        String scrubbed = text;
        for (Map.Entry<String, String> secret : channel.secrets().entrySet()) {
            scrubbed = scrubbed.replace(secret.getKey(), secret.getValue());
        }
        if (scrubbed.equals(text)) {
            return body;
        }
        return RecordedBody.of(scrubbed.getBytes(StandardCharsets.UTF_8));
    }

}
