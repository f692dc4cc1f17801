package dev.commsim.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed client of the simulator's control plane ({@code /_sim/}), for tests that reproduce edge
 * cases: reset, scenarios, settings, channels, faults, rate limits, clock, act-as, journal, messages
 * and webhook deliveries. A refusal throws {@link CommsimAdminException} with the control plane's text.
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
        call("POST", "/_sim/reset", null);
    }

    /** The whole world, as {@code GET /_sim/state} gives it (and {@link #importState} takes it). */
    public JsonNode state() {
        return call("GET", "/_sim/state", null);
    }

    public void importState(JsonNode snapshot) {
        call("PUT", "/_sim/state", snapshot);
    }

    /** Changes the named settings ({@code maxCommunityMembers}, {@code unlinkPolicy}, …); answers them all. */
    public JsonNode settings(Map<String, ?> changes) {
        return call("PUT", "/_sim/settings", changes);
    }

    public JsonNode loadScenario(String name) {
        return call("POST", "/_sim/scenarios", Map.of("name", name));
    }

    public JsonNode loadScenario(JsonNode scenario) {
        return call("POST", "/_sim/scenarios", Map.of("scenario", scenario));
    }

    public void declareWhapiChannel(String token, String phone) {
        call("POST", "/_sim/channels", Map.of("dialect", "whapi", "token", token, "phone", phone));
    }

    public void declareZapiChannel(String instanceId, String token, String clientToken, String phone) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("dialect", "zapi", "instanceId", instanceId,
                "token", token, "phone", phone));
        if (clientToken != null) {
            body.put("clientToken", clientToken);
        }
        call("POST", "/_sim/channels", body);
    }

    // --- faults and rate limits ------------------------------------------------------------------

    /** Adds a fault rule (see the README for its fields); answers its id. */
    public String addFault(Map<String, ?> rule) {
        return call("POST", "/_sim/faults", rule).path("id").asText();
    }

    public void removeFault(String id) {
        call("DELETE", "/_sim/faults/" + encode(id), null);
    }

    public void clearFaults() {
        call("DELETE", "/_sim/faults", null);
    }

    public void rateLimit(int requests, int windowSeconds) {
        call("PUT", "/_sim/rate-limits", Map.of("requests", requests, "windowSeconds", windowSeconds));
    }

    public void clearRateLimits() {
        call("DELETE", "/_sim/rate-limits", null);
    }

    // --- clock ---------------------------------------------------------------------------------

    public Instant now() {
        return Instant.parse(call("GET", "/_sim/clock", null).path("now").asText());
    }

    public void setClock(Instant instant) {
        call("PUT", "/_sim/clock", Map.of("now", instant.toString()));
    }

    public void advanceClock(Duration duration) {
        call("POST", "/_sim/clock/advance", Map.of("millis", duration.toMillis()));
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
            return call("POST", "/_sim/act-as/" + encode(phone) + "/join", Map.of("inviteCode", inviteCode))
                    .path("groupId").asText();
        }

        /** Leaves a group (any id form: {@code …@g.us}, {@code …-group}, digits). */
        public void leave(String groupId) {
            call("POST", "/_sim/act-as/" + encode(phone) + "/leave", Map.of("groupId", groupId));
        }

        /** Sends a text; answers the recorded message. */
        public JsonNode send(String to, String text) {
            return call("POST", "/_sim/act-as/" + encode(phone) + "/send", Map.of("to", to, "text", text));
        }
    }

    // --- what happened -------------------------------------------------------------------------

    public List<JsonNode> journal() {
        return journal(Map.of());
    }

    /** Journal entries matching the filters ({@code method}, {@code path}, {@code status}, {@code event}, …). */
    public List<JsonNode> journal(Map<String, String> filters) {
        return list(call("GET", "/_sim/journal" + query(filters), null).path("entries"));
    }

    public void clearJournal() {
        call("DELETE", "/_sim/journal", null);
    }

    public List<JsonNode> messages() {
        return list(call("GET", "/_sim/messages", null).path("messages"));
    }

    public List<JsonNode> webhookDeliveries() {
        return list(call("GET", "/_sim/webhooks/deliveries", null).path("deliveries"));
    }

    // --- plumbing ------------------------------------------------------------------------------

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String query(Map<String, String> filters) {
        if (filters.isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        filters.forEach((name, value) -> query.append(query.length() > 1 ? "&" : "")
                .append(encode(name)).append('=').append(encode(value)));
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (adminToken != null) {
                request.header("X-Commsim-Admin-Token", adminToken);
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
