package dev.commsim.contract.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.engine.Json;
import dev.commsim.contract.model.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The simulator's control plane ({@code /_sim}): reset, settings, channels, the world's state. */
public final class SimControl {

    private final Transport http;

    public SimControl(Transport http) {
        this.http = http;
    }

    public void reset() {
        expectOk(http.send("POST", "/_sim/reset", null, null), "reset");
    }

    public void settings(Settings settings) {
        String body = json(Map.of("maxCommunityMembers", settings.maxCommunityMembers(),
                "maxLinkedGroups", settings.maxLinkedGroups(), "maxGroupSize", settings.maxGroupSize(),
                "unlinkPolicy", settings.unlinkPolicy().wire()));
        expectOk(http.send("PUT", "/_sim/settings", null, body), "settings");
    }

    public void whapiChannel(String token, String phone) {
        expectOk(http.send("POST", "/_sim/channels", null,
                json(Map.of("dialect", "whapi", "token", token, "phone", phone))), "declare channel");
    }

    public void zapiChannel(String instanceId, String token, String phone) {
        expectOk(http.send("POST", "/_sim/channels", null, json(Map.of("dialect", "zapi", "instanceId", instanceId,
                "token", token, "phone", phone))), "declare channel");
    }

    /** The world's state as raw JSON, to load back later with {@link #load}. */
    public String rawState() {
        Transport.Reply reply = http.send("GET", "/_sim/state", null, null);
        expectOk(reply, "state");
        return reply.body();
    }

    /** Replaces the whole world with a state taken by {@link #rawState}; false when refused. */
    public boolean load(String state) {
        return http.send("PUT", "/_sim/state", null, state).ok();
    }

    public JsonNode state() {
        Transport.Reply reply = http.send("GET", "/_sim/state", null, null);
        expectOk(reply, "state");
        return parse(reply.body());
    }

    public boolean available() {
        try {
            return http.send("GET", "/_sim/health", null, null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body == null || body.isEmpty() ? "{}" : body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expectOk(Transport.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException("control plane " + what + " answered " + reply.status() + " " + reply.body());
        }
    }
}
