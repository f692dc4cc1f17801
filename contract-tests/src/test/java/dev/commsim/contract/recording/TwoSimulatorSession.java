package dev.commsim.contract.recording;

import dev.commsim.simulator.record.RecordSettings;
import dev.commsim.simulator.record.Listener;
import dev.commsim.simulator.record.RecordingProxy;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * A recording of a true session with a server that is not the one later verified: a simulator stands
 * in for the provider (the "non-admin-member" scenario: Alice's community with Bob as a member), record
 * mode sits in front of it, and an application talks to record mode as it would to Whapi.Cloud (Alice)
 * and Z-API (Bob).
 */
final class TwoSimulatorSession {
    static final String COMMUNITY = "120363100000000031";
    static final String ANNOUNCEMENT = "120363100000000032";
    static final String ALICE = "15551110001";
    static final String BOB = "15551110002";
    static final String CAROL = "15551110003";
    static final String DAVE = "15551110004";
    static final String BOB_ZAPI = "/instances/BOB-INSTANCE/token/BOB-TOKEN";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private TwoSimulatorSession(String base) {
        this.base = base;
    }

    /** Records the session into {@code file}, with the upstream simulator started from these settings. */
    static void record(Path file, SimulatorSettings upstreamSettings) {
        try (Simulator upstream = Simulator.start(upstreamSettings.withPort(0))) {
            TwoSimulatorSession direct = new TwoSimulatorSession(upstream.baseUrl());
            direct.send("POST", "/_sim/scenarios", null, "{\"name\":\"non-admin-member\"}");
            try (RecordingProxy proxy = RecordingProxy.start(Listener.loopback(),
                    new RecordSettings(file, URI.create(upstream.baseUrl()), URI.create(upstream.baseUrl()), null))) {
                new TwoSimulatorSession(proxy.baseUrl()).run();
            }
        }
    }

    /** The application: reads first, then a new group linked, a member added, posts, an unlink, reads. */
    private void run() {
        alice("GET", "/communities", null);
        bob("GET", "/groups?page=1&pageSize=20", null);
        String created = alice("POST", "/groups", "{\"subject\":\"Design\",\"participants\":[\"" + BOB + "\",\"" + CAROL
                + "\",\"15559990000\"]}");
        String design = created.replaceAll(".*\"id\":\"([0-9]+@g\\.us)\".*", "$1");
        alice("PUT", "/communities/" + COMMUNITY + "@g.us/" + design, null);
        alice("GET", "/communities/" + COMMUNITY + "@g.us/subgroups", null);
        alice("POST", "/communities/" + COMMUNITY + "@g.us/participants", "{\"participants\":[\"" + DAVE + "\"]}");
        bob("POST", "/send-text", "{\"phone\":\"" + ANNOUNCEMENT + "-group\",\"message\":\"Hello from Bob\"}");
        alice("POST", "/messages/text", "{\"to\":\"" + ANNOUNCEMENT + "@g.us\",\"body\":\"Welcome\"}");
        alice("GET", "/groups/" + design + "/invite", null);
        alice("DELETE", "/communities/" + COMMUNITY + "@g.us/" + design, null);
        alice("GET", "/groups/" + ANNOUNCEMENT + "@g.us", null);
        bob("GET", "/group-metadata/" + ANNOUNCEMENT + "-group", null);
        bob("GET", "/communities-metadata/" + COMMUNITY, null);
    }

    private String alice(String method, String path, String json) {
        return send(method, path, "tok-alice", json);
    }

    private String bob(String method, String path, String json) {
        return send(method, BOB_ZAPI + path, null, json);
    }

    private String send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
