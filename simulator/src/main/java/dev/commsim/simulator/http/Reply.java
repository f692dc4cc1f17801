package dev.commsim.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;

/** What a route answers: a status and a JSON body (or no body). Routes return values; the server writes them. */
public record Reply(int status, JsonNode body) {

    public static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    public static Reply of(int status, JsonNode body) {
        return new Reply(status, body);
    }

    public static Reply empty(int status) {
        return new Reply(status, null);
    }
}
