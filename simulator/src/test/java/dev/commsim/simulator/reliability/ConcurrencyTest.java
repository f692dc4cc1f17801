package dev.commsim.simulator.reliability;

import dev.commsim.simulator.support.Wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several clients of both dialects at once on one shared community: each is a community admin with
 * its own group, and adds and removes its own phones (so every outcome is attributable), links and
 * unlinks its group, adds and removes direct community members, and sends. Afterwards the invariants
 * hold and the world shows exactly the last acknowledged outcome of every change.
 */
class ConcurrencyTest {
    private static final long SEED = 7L;
    private static final int WHAPI_CLIENTS = 4;
    private static final int ZAPI_CLIENTS = 2;
    private static final int OPERATIONS_PER_CLIENT = 200;
    private static final int PHONES_PER_POOL = 6;
    private static final Duration BUDGET = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "15552220001";

    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    @Test
    void concurrentClientsKeepTheRulesAndLoseNoAcknowledgedChange() throws Exception {
        WhapiClient owner = WhapiClient.declare(SIM, "tok-owner", OWNER);
        WhapiClient.Community hub = owner.createCommunity("Shared hub");
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < WHAPI_CLIENTS + ZAPI_CLIENTS; i++) {
            clients.add(Client.create(i, i >= WHAPI_CLIENTS, hub, owner));
        }

        Instant deadline = Instant.now().plus(BUDGET);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<Integer>> runs = new ArrayList<>();
        for (Client client : clients) {
            runs.add(pool.submit(() -> client.run(new Random(SEED + client.index), deadline)));
        }
        int operations = 0;
        try {
            for (Future<Integer> run : runs) {
                operations += run.get(BUDGET.toSeconds() + 15, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int acknowledged = clients.stream().mapToInt(c -> c.acknowledged).sum();
        System.out.println("concurrency: " + clients.size() + " clients (" + WHAPI_CLIENTS + " Whapi, " + ZAPI_CLIENTS
                + " Z-API) on one community, " + operations + " operations, " + acknowledged + " acknowledged");

        StateInvariants.check(SIM);
        JsonNode state = JSON.readTree(StateInvariants.snapshot(SIM));
        Map<String, Set<String>> members = new HashMap<>();
        Map<String, String> linkedParent = new HashMap<>();
        for (JsonNode group : state.get("groups")) {
            Set<String> phones = new HashSet<>();
            group.get("participants").forEach(p -> phones.add(p.get("phone").asText()));
            members.put(group.get("id").asText(), phones);
            linkedParent.put(group.get("id").asText(), group.path("linkedParent").asText(null));
        }
        Set<String> messageIds = new HashSet<>();
        state.get("messages").forEach(m -> messageIds.add(m.get("id").asText()));
        Set<String> announcement = members.get(hub.announcementId().replace("@g.us", ""));
        String parent = hub.id().replace("@g.us", "");
        for (Client client : clients) {
            Set<String> group = members.get(client.groupDigits());
            for (Map.Entry<String, Boolean> last : client.lastInGroup.entrySet()) {
                assertThat(group.contains(last.getKey())).as(client + ": last acknowledged group change of " + last.getKey())
                        .isEqualTo(last.getValue());
            }
            for (Map.Entry<String, Boolean> last : client.lastInCommunity.entrySet()) {
                assertThat(announcement.contains(last.getKey()))
                        .as(client + ": last acknowledged community change of " + last.getKey()).isEqualTo(last.getValue());
            }
            if (client.lastLinked != null) {
                assertThat(parent.equals(linkedParent.get(client.groupDigits())))
                        .as(client + ": last acknowledged link or unlink").isEqualTo(client.lastLinked);
            }
            assertThat(messageIds).as(client + ": every acknowledged message is recorded").containsAll(client.sent);
        }
        assertThat(acknowledged).as("enough changes went through to mean something").isGreaterThan(operations / 4);
    }

    /** One client: its channel, group, phone pools and what the simulator acknowledged, in order. */
    private static final class Client {
        final int index;
        final boolean zapi;
        final String phone;
        final String groupId;
        final WhapiClient.Community hub;
        final Wire wire = new Wire(SIM.baseUrl());
        final List<String> groupPool = new ArrayList<>();
        final List<String> communityPool = new ArrayList<>();
        final Map<String, Boolean> lastInGroup = new HashMap<>();
        final Map<String, Boolean> lastInCommunity = new HashMap<>();
        final Set<String> sent = new HashSet<>();
        Boolean lastLinked;
        int acknowledged;

        private Client(int index, boolean zapi, String phone, String groupId, WhapiClient.Community hub) {
            this.index = index;
            this.zapi = zapi;
            this.phone = phone;
            this.groupId = groupId;
            this.hub = hub;
            for (int i = 0; i < PHONES_PER_POOL; i++) {
                groupPool.add(String.format("4478%02d%02d%04d", index, 1, i * 10 + 1));
                communityPool.add(String.format("4478%02d%02d%04d", index, 2, i * 10 + 1));
            }
        }

        /** Declares the channel, makes it a community admin, creates its group and links it. */
        static Client create(int index, boolean zapi, WhapiClient.Community hub, WhapiClient owner) {
            String phone = String.format("155533300%02d", index + 1);
            owner.addToCommunity(hub.id(), phone).then().statusCode(200);
            owner.raw().body(Map.of("participants", List.of(phone))).patch("/communities/" + hub.id() + "/admins")
                    .then().statusCode(200);
            String anchor = String.format("155544400%02d", index + 1);
            String groupId;
            if (zapi) {
                SIM.control().body(Map.of("dialect", "zapi", "instanceId", "INST" + index, "token", "TOK" + index,
                        "phone", phone)).post("/_sim/channels").then().statusCode(201);
                groupId = SIM.zapi("INST" + index, "TOK" + index).body(Map.of("groupName", "Team " + index,
                        "phones", List.of(anchor))).post("/create-group").then().statusCode(200).extract().path("phone");
            } else {
                groupId = WhapiClient.declare(SIM, "tok-" + index, phone).createGroup("Team " + index, anchor);
            }
            return new Client(index, zapi, phone, groupId, hub);
        }

        String groupDigits() {
            return groupId.replaceAll("\\D.*$", "");
        }

        int run(Random random, Instant deadline) {
            int done = 0;
            while (done < OPERATIONS_PER_CLIENT && Instant.now().isBefore(deadline)) {
                int pick = random.nextInt(100);
                if (pick < 30) {
                    String p = groupPool.get(random.nextInt(groupPool.size()));
                    boolean add = random.nextBoolean();
                    if (groupChange(p, add)) {
                        lastInGroup.put(p, add);
                        acknowledged++;
                    }
                } else if (pick < 55 && !zapi) {
                    String p = communityPool.get(random.nextInt(communityPool.size()));
                    boolean add = random.nextBoolean();
                    if (communityChange(p, add)) {
                        lastInCommunity.put(p, add);
                        acknowledged++;
                    }
                } else if (pick < 75) {
                    boolean link = random.nextBoolean();
                    if (linkChange(link)) {
                        lastLinked = link;
                        acknowledged++;
                    }
                } else {
                    String id = send(random.nextBoolean() ? groupId : hub.announcementId());
                    if (id != null) {
                        sent.add(id);
                        acknowledged++;
                    }
                }
                done++;
            }
            return done;
        }

        private boolean groupChange(String p, boolean add) {
            if (zapi) {
                JsonNode answer = zapi(add ? "/add-participant" : "/remove-participant",
                        "{\"groupId\":\"" + groupId + "\",\"phones\":[\"" + p + "\"]}");
                return answer.path("value").asBoolean(false);
            }
            JsonNode answer = whapi(add ? "POST" : "DELETE", "/groups/" + groupId + "/participants",
                    "{\"participants\":[\"" + p + "\"]}");
            return processed(answer, p);
        }

        private boolean communityChange(String p, boolean add) {
            JsonNode answer = whapi(add ? "POST" : "DELETE", "/communities/" + hub.id() + "/participants",
                    "{\"participants\":[\"" + p + "\"]}");
            return processed(answer, p);
        }

        private boolean linkChange(boolean link) {
            if (zapi) {
                JsonNode answer = zapi(link ? "/communities/link" : "/communities/unlink", "{\"communityId\":\""
                        + hub.id().replace("@g.us", "") + "\",\"groupsPhones\":[\"" + groupId + "\"]}");
                return answer.path("success").asBoolean(false);
            }
            Wire.Answer answer = wire.json(link ? "PUT" : "DELETE", "/communities/" + hub.id() + "/" + groupId,
                    auth(), null);
            return answer.status() == 200;
        }

        private String send(String to) {
            if (zapi) {
                String target = to.endsWith("@g.us") ? to.replace("@g.us", "-group") : to;
                JsonNode answer = zapi("/send-text", "{\"phone\":\"" + target + "\",\"message\":\"hi " + index + "\"}");
                return answer.path("messageId").asText(null);
            }
            JsonNode answer = whapi("POST", "/messages/text", "{\"to\":\"" + to + "\",\"body\":\"hi " + index + "\"}");
            return answer.path("sent").asBoolean(false) ? answer.path("message").path("id").asText(null) : null;
        }

        private boolean processed(JsonNode answer, String p) {
            for (JsonNode done : answer.path("processed")) {
                if (done.asText().equals(p)) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, String> auth() {
            return Map.of("Authorization", "Bearer tok-" + index);
        }

        private JsonNode whapi(String method, String path, String body) {
            return parse(wire.json(method, path, auth(), body));
        }

        private JsonNode zapi(String path, String body) {
            return parse(wire.json("POST", "/instances/INST" + index + "/token/TOK" + index + path, Map.of(), body));
        }

        /** Any 5xx fails the run: a concurrent request must never break the server. */
        private JsonNode parse(Wire.Answer answer) {
            assertThat(answer.status()).as(this + " got a server error: " + answer.body()).isLessThan(500);
            try {
                return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return (zapi ? "Z-API" : "Whapi") + " client " + index;
        }
    }
}
