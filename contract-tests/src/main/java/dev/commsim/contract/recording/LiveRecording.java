package dev.commsim.contract.recording;

import dev.commsim.contract.driver.Transport;
import dev.commsim.simulator.record.Recorder;
import dev.commsim.simulator.record.RecordingHeader;
import dev.commsim.simulator.record.RecordingWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code run --record-to FILE}: the live targets' transports wrapped in {@link RecordingTransport}s
 * that share one recorder. The file is created when the first live transport is wrapped, so a run that
 * never reaches a live provider leaves no file behind.
 */
public final class LiveRecording implements AutoCloseable {
    private final Path file;
    private final String note;
    private Recorder recorder;

    public LiveRecording(Path file, String note) {
        this.file = file;
        this.note = note;
    }

    /** Wraps each live transport to {@code baseUrl} (a provider's) in the shared recorder. */
    public UnaryOperator<Transport> wrapping(String baseUrl, String dialect) {
        return inner -> new RecordingTransport(inner, recorder(baseUrl, dialect), baseUrl);
    }

    public boolean started() {
        return recorder != null;
    }

    public Path file() {
        return file;
    }

    private synchronized Recorder recorder(String baseUrl, String dialect) {
        if (recorder == null) {
            try {
                recorder = new Recorder(RecordingWriter.create(file, new RecordingHeader("contract-kit",
                        Clock.systemUTC().instant(), Map.of(dialect, baseUrl), note, false)), Clock.systemUTC());
            } catch (FileAlreadyExistsException e) {
                throw new IllegalArgumentException("--record-to " + file + " already exists: give a new file name");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the recording " + file, e);
            }
        }
        return recorder;
    }

    @Override
    public synchronized void close() {
        if (recorder != null) {
            recorder.close();
        }
    }
}
