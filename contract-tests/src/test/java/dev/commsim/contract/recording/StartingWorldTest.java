package dev.commsim.contract.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.driver.Transport;
import dev.commsim.simulator.record.RecordSettings;
import dev.commsim.simulator.record.Recording;
import dev.commsim.simulator.record.Listener;
import dev.commsim.simulator.record.RecordingProxy;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The starting world rebuilt from what a channel could see: what it cannot see is approximated and
 * said, and the replay of its own reads still answers the same.
 */
class StartingWorldTest {
    private static final String WORLD = """
            {"channels":[{"dialect":"whapi","token":"tok-bob","phone":"15551110002"}],
             "groups":[
               {"id":"120363100000400001","kind":"ORDINARY","subject":"Engineering",
                "participants":[{"phone":"15551110001","rank":"creator"},{"phone":"15551110002","rank":"member"}]},
               {"id":"120363100000400002","kind":"ORDINARY","subject":"Sales",
                "participants":[{"phone":"15551110001","rank":"creator"},{"phone":"15551110003","rank":"member"}]}],
             "communities":[{"id":"120363100000000031","name":"Hub","admins":["15551110001"],"announcementGroupId":"120363100000000032",
               "linkedGroups":["120363100000400001","120363100000400002"],"directMembers":[]}]}""";

    @TempDir
    Path folder;

    @Test
    void aMemberWhoIsNotAnAdminStillGivesAWorldItsOwnReadsAgreeWith() throws Exception {
        Path file = folder.resolve("bob.jsonl");
        try (Simulator upstream = Simulator.start(SimulatorSettings.defaults().withPort(0))) {
            send(upstream.baseUrl(), "PUT", "/_sim/state", WORLD, null);
            try (RecordingProxy proxy = RecordingProxy.start(Listener.loopback(),
                    new RecordSettings(file, URI.create(upstream.baseUrl()), null, null))) {
                send(proxy.baseUrl(), "GET", "/communities/120363100000000031@g.us/subgroups", null, "tok-bob");
                send(proxy.baseUrl(), "POST", "/groups/120363100000400001@g.us/participants",
                        "{\"participants\":[\"15551110004\"]}", "tok-bob");
            }
        }
        Recording recording = Recording.read(file);

        StartingWorld world = StartingWorld.of(recording);
        assertThat(world.notes()).containsExactly("group 120363100000400002 (linked to community 120363100000000031): "
                + "no recorded channel is in it, so it is loaded without participants");
        assertThat(world.groupCount()).isEqualTo(4); // P from /communities, Y and Engineering from /groups, Sales
        try (Simulator replay = Simulator.start(SimulatorSettings.defaults().withPort(0));
             Transport http = Transport.named("jdk", replay.baseUrl())) {
            VerificationReport report = new RecordingVerifier(NormalisationRules.builtIn())
                    .verify(recording, "bob.jsonl", http, "replay");
            assertThat(report.passed()).as(RecordingVerificationTest.printed(report)).isTrue();
            assertThat(report.verdicts().get(report.verdicts().size() - 1).answer().toString())
                    .isEqualTo("{\"error\":{\"code\":403,\"message\":\"You do not have permissions for this action\"}}");
        }
    }

    @Test
    void zapiNeverShowsTheParentSoItIsRebuiltAndLegacyGroupsAreLeftOutWithANote() {
        String y = "{\"phone\":\"120363100000000032-group\",\"subject\":\"Hub\",\"owner\":\"15551110001\","
                + "\"communityId\":\"120363100000000031\",\"adminOnlyMessage\":true,\"isGroupAnnouncement\":true,"
                + "\"participants\":[{\"phone\":\"15551110001\",\"isAdmin\":true,\"isSuperAdmin\":true},"
                + "{\"phone\":\"15551110005\",\"isAdmin\":true,\"isSuperAdmin\":false},"
                + "{\"phone\":\"15551110002\",\"isAdmin\":false,\"isSuperAdmin\":false}]}";
        String legacy = "{\"phone\":\"5511999999999-1600000000-group\",\"subject\":\"Old\",\"owner\":\"15551110002\","
                + "\"participants\":[{\"phone\":\"15551110002\",\"isAdmin\":true,\"isSuperAdmin\":true}]}";
        Recording recording = Recording.parse(String.join("\n",
                "{\"format\":\"commsim-recording\",\"version\":1,\"source\":\"proxy\",\"recordedAt\":\"2026-11-29T00:00:00Z\",\"upstreams\":{}}",
                "{\"type\":\"channel\",\"channel\":\"zapi-1\",\"dialect\":\"zapi\"}",
                read(1, "/group-metadata/120363100000000032-group", y),
                read(2, "/group-metadata/5511999999999-1600000000-group", legacy)), "test");

        StartingWorld world = StartingWorld.of(recording);

        assertThat(world.notes()).containsExactly("group 5511999999999-1600000000: the simulator's ids are 18 digits "
                + "starting 120363 (no legacy <phone>-<time> ids), so it is not loaded");
        assertThat(world.snapshot().toString())
                .contains("{\"id\":\"120363100000000031\",\"kind\":\"COMMUNITY_PARENT\",\"subject\":\"Hub\"")
                .contains("\"participants\":[{\"phone\":\"15551110001\",\"rank\":\"creator\"},"
                        + "{\"phone\":\"15551110005\",\"rank\":\"admin\"}]")
                .contains("\"directMembers\":[\"15551110001\",\"15551110005\",\"15551110002\"]");
        assertThat(world.channels()).extracting(ReplayChannel::phone).containsExactly("15551110002");
    }

    private static String read(int seq, String path, String body) {
        return "{\"type\":\"exchange\",\"seq\":" + seq + ",\"channel\":\"zapi-1\",\"dialect\":\"zapi\",\"by\":\"recorder\","
                + "\"at\":\"2026-11-29T00:00:00Z\",\"millis\":1,\"method\":\"GET\",\"path\":\"" + path + "\",\"status\":200,"
                + "\"response\":" + body + "}";
    }

    private static void send(String base, String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isLessThan(500);
    }
}
