package dev.commsim.contract.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads replay files, and turns them back into programs. */
public final class Replays {

    private Replays() {
    }

    public static <S, C> ReplayFile toFile(String title, String target, Program<S, C> program,
                                           RunResult<S> result) {
        List<JsonNode> steps = program.steps().stream().map(Replays::tree).toList();
        List<ReplayFile.RecordView> records = new ArrayList<>();
        for (StepRecord<S> r : result.records()) {
            records.add(new ReplayFile.RecordView(r.index(), tree(r.step()), tree(r.predicted()), tree(r.expected()),
                    tree(r.observed())));
        }
        Failure f = result.failure();
        ReplayFile.FailureView failure = f == null ? null : new ReplayFile.FailureView(f.stepIndex(), f.kind(),
                f.signature(), f.message(), tree(f.expected()), tree(f.observed()));
        return new ReplayFile(ReplayFile.FORMAT, title, target, program.seed(), tree(program.settings()), steps,
                failure, records, null);
    }

    public static Path write(Path directory, String name, ReplayFile replay) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name.endsWith(".json") ? name : name + ".json");
            Json.MAPPER.writeValue(file.toFile(), replay);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReplayFile read(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), ReplayFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replay " + file, e);
        }
    }

    /** The program a replay file describes, typed for the given spec. */
    public static <S, C> Program<S, C> program(ReplayFile replay, Spec<S, C> spec) {
        C settings = Json.MAPPER.convertValue(replay.settings(), spec.settingsType());
        List<S> steps = replay.steps().stream().map(n -> Json.MAPPER.convertValue(n, spec.stepType())).toList();
        return new Program<>(replay.seed(), settings, steps);
    }

    private static JsonNode tree(Object value) {
        return value == null ? null : Json.MAPPER.valueToTree(value);
    }
}
