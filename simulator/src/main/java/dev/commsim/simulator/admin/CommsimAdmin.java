package dev.commsim.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commsim.simulator.control.ControlEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed client of the simulator's control plane ({@code /_sim/}), for tests that reproduce edge
 * cases: reset, scenarios, settings, channels, faults, rate limits, clock, act-as, journal, messages
 * and webhook deliveries. Every request is built from {@link ControlEndpoint}, the table the server
 * routes from. A refusal throws {@link CommsimAdminException} with the control plane's text.
 */
public final class CommsimAdmin {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public CommsimAdmin(String baseUrl) {
        this(baseUrl, null);
    }

    /** For a simulator started with an admin token, sent as {@code X-Commsim-Admin-Token}. */
    public CommsimAdmin(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.adminToken = adminToken;
    }

    // --- world ---------------------------------------------------------------------------------

    public void reset() {
        call(ControlEndpoint.RESET, null);
    }

    /** The whole world, as {@code GET /_sim/state} gives it (and {@link #importState} takes it). */
    public JsonNode state() {
        return call(ControlEndpoint.STATE, null);
    }

    public void importState(JsonNode snapshot) {
        call(ControlEndpoint.LOAD_STATE, snapshot);
    }

    /** Changes the named settings ({@code maxCommunityMembers}, {@code unlinkPolicy}, …); answers them all. */
    public JsonNode settings(Map<String, ?> changes) {
        return call(ControlEndpoint.CHANGE_SETTINGS, changes);
    }

    public JsonNode loadScenario(String name) {
        return call(ControlEndpoint.LOAD_SCENARIO, Map.of("name", name));
    }

    public JsonNode loadScenario(JsonNode scenario) {
        return call(ControlEndpoint.LOAD_SCENARIO, Map.of("scenario", scenario));
    }

    public void declareWhapiChannel(String token, String phone) {
        call(ControlEndpoint.DECLARE_CHANNEL, Map.of("dialect", "whapi", "token", token, "phone", phone));
    }

    public void declareZapiChannel(String instanceId, String token, String clientToken, String phone) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("dialect", "zapi", "instanceId", instanceId,
                "token", token, "phone", phone));
        if (clientToken != null) {
            body.put("clientToken", clientToken);
        }
        call(ControlEndpoint.DECLARE_CHANNEL, body);
    }

    // --- faults and rate limits ------------------------------------------------------------------

    /** Adds a fault rule (see the README for its fields); answers its id. */
    public String addFault(Map<String, ?> rule) {
        return call(ControlEndpoint.ADD_FAULT, rule).path("id").asText();
    }

    public void removeFault(String id) {
        call(ControlEndpoint.REMOVE_FAULT.path(id), ControlEndpoint.REMOVE_FAULT, null);
    }

    public void clearFaults() {
        call(ControlEndpoint.CLEAR_FAULTS, null);
    }

    public void rateLimit(int requests, int windowSeconds) {
        call(ControlEndpoint.SET_RATE_LIMIT, Map.of("requests", requests, "windowSeconds", windowSeconds));
    }

    public void clearRateLimits() {
        call(ControlEndpoint.CLEAR_RATE_LIMITS, null);
    }

    // --- clock ---------------------------------------------------------------------------------

    public Instant now() {
        return Instant.parse(call(ControlEndpoint.CLOCK, null).path("now").asText());
    }

    public void setClock(Instant instant) {
        call(ControlEndpoint.SET_CLOCK, Map.of("now", instant.toString()));
    }

    public void advanceClock(Duration duration) {
        call(ControlEndpoint.ADVANCE_CLOCK, Map.of("millis", duration.toMillis()));
    }

    // --- someone else acts ---------------------------------------------------------------------

    public Actor actAs(String phone) {
        return new Actor(phone);
    }

    /** Another account, acting without a channel: the world's rules apply to it as to anyone. */
    public final class Actor {
        private final String phone;

        private Actor(String phone) {
            this.phone = phone;
        }

        /** Joins by invite code (or a {@code https://chat.whatsapp.com/…} link); answers the group id. */
        public String join(String inviteCode) {
            return call(ControlEndpoint.ACT_AS_JOIN.path(phone), ControlEndpoint.ACT_AS_JOIN, Map.of("inviteCode", inviteCode))
                    .path("groupId").asText();
        }

        /** Leaves a group (any id form: {@code …@g.us}, {@code …-group}, digits). */
        public void leave(String groupId) {
            call(ControlEndpoint.ACT_AS_LEAVE.path(phone), ControlEndpoint.ACT_AS_LEAVE, Map.of("groupId", groupId));
        }

        /** Sends a text; answers the recorded message. */
        public JsonNode send(String to, String text) {
            return call(ControlEndpoint.ACT_AS_SEND.path(phone), ControlEndpoint.ACT_AS_SEND, Map.of("to", to, "text", text));
        }
    }

    // --- what happened -------------------------------------------------------------------------

    public List<JsonNode> journal() {
        return journal(Map.of());
    }

    /** Journal entries matching the filters ({@code method}, {@code path}, {@code status}, {@code event}, …). */
    public List<JsonNode> journal(Map<String, String> filters) {
        return list(call(ControlEndpoint.JOURNAL.path(filters), ControlEndpoint.JOURNAL, null).path("entries"));
    }

    public void clearJournal() {
        call(ControlEndpoint.CLEAR_JOURNAL, null);
    }

    public List<JsonNode> messages() {
        return list(call(ControlEndpoint.MESSAGES, null).path("messages"));
    }

    public List<JsonNode> webhookDeliveries() {
        return list(call(ControlEndpoint.WEBHOOK_DELIVERIES, null).path("deliveries"));
    }

    // --- plumbing ------------------------------------------------------------------------------

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private JsonNode call(ControlEndpoint endpoint, Object body) {
        return call(endpoint.path(), endpoint, body);
    }

    /** {@code path}: the endpoint's, its parameters and query filled in. */
    private JsonNode call(String path, ControlEndpoint endpoint, Object body) {
        String method = endpoint.method();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (adminToken != null) {
                request.header(ControlEndpoint.ADMIN_TOKEN_HEADER, adminToken);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() >= 300) {
                throw new CommsimAdminException(response.statusCode(), method + " " + path + ": "
                        + answer.path("error").asText(answer.toString()));
            }
            return answer;
        } catch (IOException e) {
            throw new CommsimAdminException("the simulator at " + baseUrl + " did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommsimAdminException("interrupted during " + method + " " + path, e);
        }
    }
}
