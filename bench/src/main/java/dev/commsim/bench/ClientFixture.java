package dev.commsim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One load client's own channel and world: a community, three groups of 25 (the first linked for
 * good, the second linked and unlinked by the mix, the third gaining and losing one participant).
 * Clients never touch each other's groups, so every request of the mix succeeds.
 */
final class ClientFixture {
    static final int GROUPS = 3;
    static final int GROUP_MEMBERS = 24;
    private static final ObjectMapper JSON = new ObjectMapper();

    final int index;
    final String token;
    final String communityId;
    final List<String> groupIds;
    final String extraPhone;

    private ClientFixture(int index, String token, String communityId, List<String> groupIds, String extraPhone) {
        this.index = index;
        this.token = token;
        this.communityId = communityId;
        this.groupIds = groupIds;
        this.extraPhone = extraPhone;
    }

    /** Builds the client's world on a running simulator through its Whapi API. */
    static ClientFixture create(HttpConnection connection, String hostHeader, int index) throws IOException {
        String token = "bench-client-" + index;
        JsonNode community = call(connection, hostHeader, token, "POST", "/communities",
                "{\"subject\":\"Bench hub " + index + "\",\"description\":\"load client " + index + "\"}");
        List<String> groupIds = new ArrayList<>();
        int next = 1;
        for (int g = 0; g < GROUPS; g++) {
            StringBuilder phones = new StringBuilder();
            for (int m = 0; m < GROUP_MEMBERS; m++) {
                phones.append(m == 0 ? "" : ",").append('"').append(phone(index, next++)).append('"');
            }
            JsonNode group = call(connection, hostHeader, token, "POST", "/groups",
                    "{\"subject\":\"Bench " + index + "-" + g + "\",\"participants\":[" + phones + "]}");
            groupIds.add(group.path("id").asText());
        }
        String communityId = community.path("id").asText();
        call(connection, hostHeader, token, "PUT", "/communities/" + communityId + "/" + groupIds.get(0), null);
        return new ClientFixture(index, token, communityId, List.copyOf(groupIds), phone(index, next));
    }

    /** 12 digits, unique per client and member, never ending in 0000 ("not on WhatsApp"). */
    static String phone(int client, int member) {
        return String.format("15550%03d%04d", client, member);
    }

    /** Every request this client may send, encoded once; GET_GROUP has one per group. */
    Map<Op, byte[][]> requests(String hostHeader) {
        Map<Op, byte[][]> requests = new EnumMap<>(Op.class);
        String participants = "{\"participants\":[\"" + extraPhone + "\"]}";
        String moving = groupIds.get(1);
        String changing = groupIds.get(2);
        requests.put(Op.LIST_GROUPS, one("GET", "/groups", hostHeader, null));
        byte[][] gets = new byte[groupIds.size()][];
        for (int i = 0; i < gets.length; i++) {
            gets[i] = HttpConnection.encode("GET", "/groups/" + groupIds.get(i), hostHeader, token, null);
        }
        requests.put(Op.GET_GROUP, gets);
        requests.put(Op.ADD_PARTICIPANT, one("POST", "/groups/" + changing + "/participants", hostHeader, participants));
        requests.put(Op.REMOVE_PARTICIPANT, one("DELETE", "/groups/" + changing + "/participants", hostHeader,
                participants));
        requests.put(Op.LINK, one("PUT", "/communities/" + communityId + "/" + moving, hostHeader, null));
        requests.put(Op.UNLINK, one("DELETE", "/communities/" + communityId + "/" + moving, hostHeader, null));
        requests.put(Op.SEND_TEXT, one("POST", "/messages/text", hostHeader,
                "{\"to\":\"" + groupIds.get(0) + "\",\"body\":\"Standup in 5 minutes (client " + index + ")\"}"));
        return requests;
    }

    private byte[][] one(String method, String path, String hostHeader, String body) {
        return new byte[][] {HttpConnection.encode(method, path, hostHeader, token, body)};
    }

    static JsonNode call(HttpConnection connection, String hostHeader, String token, String method, String path,
                         String body) throws IOException {
        HttpConnection.Response response = connection.send(
                HttpConnection.encode(method, path, hostHeader, token, body), true);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.status() != 200) {
            throw new IOException(method + " " + path + " answered " + response.status() + ": " + text);
        }
        return JSON.readTree(text);
    }
}
