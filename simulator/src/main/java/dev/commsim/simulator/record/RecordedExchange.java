package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import java.time.Instant;

/**
 * One request and its answer as a recording keeps them, credentials removed. {@code path} is the
 * provider path without credentials: a Z-API path starts after {@code /instances/{id}/token/{token}}.
 * {@code by} says who asked: {@code client} (the application recorded) or {@code recorder} (the
 * reads of a channel's starting world). {@code upstreamError} is set when the upstream gave no
 * answer and the client got the recorder's 502.
 */
public record RecordedExchange(int seq, String channel, String dialect, String by, Instant at, long millis,
                               String method, String path, String query, RecordedBody request, int status,
                               RecordedBody response, String upstreamError, String note) {

    public static final String BY_CLIENT = "client";
    public static final String BY_RECORDER = "recorder";

    public RecordedExchange withSeq(int value) {
        return new RecordedExchange(value, channel, dialect, by, at, millis, method, path, query, request, status,
                response, upstreamError, note);
    }

    /** The path with its query string, as a client would ask it. */
    public String pathAndQuery() {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** Reads the world without changing it: what may be replayed before the starting world is complete. */
    public boolean isRead() {
        // Z-API's accept-invite-group joins a group with a GET.
        return method.equals("GET") && !path.endsWith("/accept-invite-group");
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("type", "exchange");
        node.put("seq", seq);
        node.put("channel", channel);
        node.put("dialect", dialect);
        node.put("by", by);
        node.put("at", at.toString());
        node.put("millis", millis);
        node.put("method", method);
        node.put("path", path);
        if (query != null && !query.isEmpty()) {
            node.put("query", query);
        }
        body(node, "request", request);
        node.put("status", status);
        body(node, "response", response);
        if (upstreamError != null) {
            node.put("upstreamError", upstreamError);
        }
        if (note != null) {
            node.put("note", note);
        }
        return node;
    }

    private static void body(ObjectNode node, String name, RecordedBody body) {
        if (body.json() != null) {
            node.set(name, body.json());
        } else if (body.text() != null) {
            node.put(name + "Text", body.text());
        }
    }

    static RecordedExchange fromJson(JsonNode node) {
        return new RecordedExchange(node.path("seq").asInt(), text(node, "channel"), text(node, "dialect"),
                node.path("by").asText(BY_CLIENT), Instant.parse(node.path("at").asText(Instant.EPOCH.toString())),
                node.path("millis").asLong(), text(node, "method"), text(node, "path"),
                node.path("query").asText(""), body(node, "request"), node.path("status").asInt(),
                body(node, "response"), node.hasNonNull("upstreamError") ? node.get("upstreamError").asText() : null,
                node.hasNonNull("note") ? node.get("note").asText() : null);
    }

    private static RecordedBody body(JsonNode node, String name) {
        if (node.has(name)) {
            return RecordedBody.json(node.get(name));
        }
        JsonNode text = node.get(name + "Text");
        return text == null || !text.isTextual() ? RecordedBody.NONE : new RecordedBody(null, text.textValue());
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("an exchange needs \"" + name + "\"");
        }
        return value.textValue();
    }
}
