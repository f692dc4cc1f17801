package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A request or response body as a recording holds it: JSON when it parses as JSON (so a reader
 * compares trees, not bytes), else its text; absent when the body was empty.
 */
public record RecordedBody(JsonNode json, String text) {
    public static final RecordedBody NONE = new RecordedBody(null, null);

    public static RecordedBody of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return NONE;
        }
        try {
            return new RecordedBody(Json.read(bytes), null);
        } catch (IOException e) {
            return new RecordedBody(null, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    public static RecordedBody json(JsonNode json) {
        return json == null || json.isMissingNode() ? NONE : new RecordedBody(json, null);
    }

    public boolean isEmpty() {
        return json == null && text == null;
    }

    /** The body as sent: compact JSON, the text, or nothing. */
    public byte[] bytes() {
        if (json != null) {
            return Json.bytes(json);
        }
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    /** For reports: compact JSON or the text. */
    @Override
    public String toString() {
        return isEmpty() ? "(no body)" : new String(bytes(), StandardCharsets.UTF_8);
    }
}
