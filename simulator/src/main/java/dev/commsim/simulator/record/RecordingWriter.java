package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends recording lines to a new file, one complete line per write, flushed at once: a crash leaves
 * every exchange answered so far. Refuses a file that already exists, so an earlier recording is never
 * overwritten or mixed with a new session.
 */
public final class RecordingWriter implements AutoCloseable {
    private final Path file;
    private final OutputStream out;
    private int lastSeq;

    private RecordingWriter(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    public static RecordingWriter create(Path file, RecordingHeader header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        RecordingWriter writer = new RecordingWriter(file, new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)));
        writer.line(header.toJson());
        return writer;
    }

    public Path file() {
        return file;
    }

    public synchronized void channel(RecordedChannel channel) {
        line(channel.toJson());
    }

    /** Writes the exchange under the next sequence number and answers that number. */
    public synchronized int exchange(RecordedExchange exchange) {
        lastSeq++;
        line(exchange.withSeq(lastSeq).toJson());
        return lastSeq;
    }

    public synchronized int exchanges() {
        return lastSeq;
    }

    private void line(JsonNode node) {
        try {
            out.write(Json.bytes(node));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the recording " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the recording " + file, e);
        }
    }
}
