package dev.commsim.simulator.support;

import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator per test class on a free loopback port, reset before each test, so no test depends on
 * another's state; the Whapi channels it is given are declared again after every reset. Use with
 * <pre>{@code
 * @RegisterExtension
 * static final RunningSimulator SIM = new RunningSimulator().withWhapiChannel("tok-alice", ALICE);
 * private final WhapiClient alice = SIM.client("tok-alice");
 * }</pre>
 */
public final class RunningSimulator implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final SimulatorSettings settings;
    private final Map<String, String> whapiChannels = new LinkedHashMap<>();
    private Simulator simulator;

    public RunningSimulator() {
        this(SimulatorSettings.defaults());
    }

    public RunningSimulator(SimulatorSettings settings) {
        this.settings = settings.withPort(0);
    }

    /** A Whapi channel (token and phone) every test of the class starts with. */
    public RunningSimulator withWhapiChannel(String token, String phone) {
        whapiChannels.put(token, phone);
        return this;
    }

    /** The client of a channel given to {@link #withWhapiChannel}; usable from the first test on. */
    public WhapiClient client(String token) {
        String phone = whapiChannels.get(token);
        if (phone == null) {
            throw new IllegalArgumentException("no Whapi channel " + token + " was given to this simulator");
        }
        return new WhapiClient(this, token, phone);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = Simulator.start(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        control().post("/_sim/reset").then().statusCode(200);
        control().body(SettingsJson.of(settings)).put("/_sim/settings").then().statusCode(200);
        whapiChannels.forEach((token, phone) -> WhapiClient.declare(this, token, phone));
    }

    public String baseUrl() {
        return simulator.baseUrl();
    }

    public Simulator simulator() {
        return simulator;
    }

    /** A request to the control plane. */
    public RequestSpecification control() {
        return RestAssured.given().baseUri(baseUrl()).contentType(ContentType.JSON);
    }

    /** A request as the Whapi channel with this token. */
    public RequestSpecification whapi(String token) {
        return RestAssured.given().baseUri(baseUrl()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    /** A request as the Z-API channel of this instance and token (paths relative to its prefix). */
    public RequestSpecification zapi(String instanceId, String token) {
        return RestAssured.given().baseUri(baseUrl()).basePath("/instances/" + instanceId + "/token/" + token)
                .contentType(ContentType.JSON);
    }

    /** The settings a test class started with, as the control plane's JSON. */
    private static final class SettingsJson {
        static String of(SimulatorSettings settings) {
            var world = settings.world();
            return "{\"maxCommunityMembers\":" + world.maxCommunityMembers()
                    + ",\"maxLinkedGroups\":" + world.maxLinkedGroups()
                    + ",\"maxGroupSize\":" + world.maxGroupSize()
                    + ",\"unlinkPolicy\":\"" + world.unlinkPolicy().wireName() + "\""
                    + ",\"strictAuth\":" + world.strictAuth() + "}";
        }
    }
}
