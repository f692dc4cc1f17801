package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recording read back: JSON Lines, one header, then {@code channel} lines (a channel's first
 * appearance) and {@code exchange} lines in the order the upstream answered them. Lines are appended
 * as traffic happens, so a recording cut short by a crash is still readable up to its last line.
 */
public record Recording(RecordingHeader header, List<RecordedChannel> channels, List<RecordedExchange> exchanges) {

    public Recording {
        channels = List.copyOf(channels);
        exchanges = List.copyOf(exchanges);
    }

    /** Reads a file; a line that is not a recording line is an {@link IllegalArgumentException} naming it. */
    public static Recording read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static Recording parse(String text, String name) {
        RecordingHeader header = null;
        List<RecordedChannel> channels = new ArrayList<>();
        List<RecordedExchange> exchanges = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + " line " + (i + 1) + ": ";
            try {
                JsonNode node = Json.read(line.getBytes(StandardCharsets.UTF_8));
                if (header == null) {
                    header = RecordingHeader.fromJson(node);
                    continue;
                }
                switch (node.path("type").asText()) {
                    case "channel" -> channels.add(RecordedChannel.fromJson(node));
                    case "exchange" -> exchanges.add(RecordedExchange.fromJson(node));
                    default -> throw new IllegalArgumentException("\"type\" must be channel or exchange");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(where + "not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(name + " is empty: a recording starts with its header line");
        }
        return new Recording(header, channels, exchanges);
    }

    public Optional<RecordedChannel> channel(String label) {
        return channels.stream().filter(c -> c.label().equals(label)).findFirst();
    }
}
