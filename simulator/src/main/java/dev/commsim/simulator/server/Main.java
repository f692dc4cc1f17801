package dev.commsim.simulator.server;

import dev.commsim.simulator.record.RecordMode;
import dev.commsim.simulator.world.UnlinkPolicy;
import dev.commsim.simulator.world.WorldSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The simulator's command line: one flag per setting, each also read from a COMMSIM_ environment variable. */
@Command(name = "commsim", mixinStandardHelpOptions = true, version = "commsim 0.1.0",
        description = "Runs a local Whapi.Cloud and Z-API community simulator on one port.")
public final class Main implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "${env:COMMSIM_HOST:-127.0.0.1}",
            description = "Address to bind (env COMMSIM_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:COMMSIM_PORT:-8080}",
            description = "Port to listen on, 0 for any free port (env COMMSIM_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-community-members", defaultValue = "${env:COMMSIM_MAX_COMMUNITY_MEMBERS:-2000}",
            description = "Members an announcement group may hold, admins included (default ${DEFAULT-VALUE}).")
    int maxCommunityMembers;

    @Option(names = "--max-linked-groups", defaultValue = "${env:COMMSIM_MAX_LINKED_GROUPS:-50}",
            description = "Groups a community may link, its announcement group not counted (default ${DEFAULT-VALUE}).")
    int maxLinkedGroups;

    @Option(names = "--max-group-size", defaultValue = "${env:COMMSIM_MAX_GROUP_SIZE:-1024}",
            description = "Participants of an ordinary group (default ${DEFAULT-VALUE}).")
    int maxGroupSize;

    @Option(names = "--unlink-policy", defaultValue = "${env:COMMSIM_UNLINK_POLICY:-orphans}",
            description = "Who leaves the announcement group on unlink: orphans, all or none (default ${DEFAULT-VALUE}).")
    String unlinkPolicy;

    @Option(names = "--seed", defaultValue = "${env:COMMSIM_SEED:-1}",
            description = "Seed of the id generator: same seed, same requests, same ids (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--strict-auth", defaultValue = "${env:COMMSIM_STRICT_AUTH:-false}",
            description = "Accept only channels declared through POST /_sim/channels (env COMMSIM_STRICT_AUTH).")
    boolean strictAuth;

    @Option(names = "--max-body-bytes", defaultValue = "${env:COMMSIM_MAX_BODY_BYTES:-1048576}",
            description = "Largest request body accepted; larger ones get 413 (default ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--scenario", defaultValue = "${env:COMMSIM_SCENARIO}",
            description = "Scenario to load at start: a name (see GET /_sim/scenarios) or a path to a scenario file.")
    String scenario;

    @Option(names = "--scenario-dir", defaultValue = "${env:COMMSIM_SCENARIO_DIR}",
            description = "Folder of your own scenarios (default fixtures/scenarios when run from the project).")
    Path scenarioDirectory;

    @Option(names = "--state-file", defaultValue = "${env:COMMSIM_STATE_FILE}",
            description = "Keep the world in this file: loaded at start if it exists, saved atomically every "
                    + "--autosave-seconds and on shutdown.")
    Path stateFile;

    @Option(names = "--autosave-seconds", defaultValue = "${env:COMMSIM_AUTOSAVE_SECONDS:-30}",
            description = "Seconds between saves of --state-file, 0 to save on shutdown only (default ${DEFAULT-VALUE}).")
    int autosaveSeconds;

    @Option(names = "--admin-token", defaultValue = "${env:COMMSIM_ADMIN_TOKEN}",
            description = "Token every /_sim/ request must carry in the X-Commsim-Admin-Token header; required "
                    + "when --host is not a loopback address (env COMMSIM_ADMIN_TOKEN).")
    String adminToken;

    @Option(names = "--record-to", defaultValue = "${env:COMMSIM_RECORD_TO}",
            description = "Record mode: forward provider requests to the real provider (--upstream, --upstream-zapi) "
                    + "and append each exchange to this new file, credentials removed (env COMMSIM_RECORD_TO).")
    Path recordTo;

    @Option(names = "--upstream", defaultValue = "${env:COMMSIM_UPSTREAM}",
            description = "Record mode: where Whapi.Cloud requests go, e.g. https://gate.whapi.cloud (env COMMSIM_UPSTREAM).")
    String upstream;

    @Option(names = "--upstream-zapi", defaultValue = "${env:COMMSIM_UPSTREAM_ZAPI}",
            description = "Record mode: where Z-API requests (/instances/...) go, e.g. https://api.z-api.io "
                    + "(env COMMSIM_UPSTREAM_ZAPI).")
    String upstreamZapi;

    @Override
    public Integer call() throws InterruptedException {
        UnlinkPolicy policy = UnlinkPolicy.fromWireName(unlinkPolicy).orElse(null);
        if (policy == null) {
            System.err.println("--unlink-policy must be orphans, all or none, not " + unlinkPolicy);
            return 2;
        }
        WorldSettings world;
        try {
            world = new WorldSettings(maxCommunityMembers, maxLinkedGroups, maxGroupSize, policy, strictAuth);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (autosaveSeconds < 0) {
            System.err.println("--autosave-seconds must be 0 or more");
            return 2;
        }
        SimulatorSettings settings = new SimulatorSettings(host, port, world, seed, maxBodyBytes, scenario,
                scenarioDirectory, stateFile, autosaveSeconds, adminToken);
        if (RecordMode.requested(recordTo, upstream, upstreamZapi)) {
            return RecordMode.run(settings, recordTo, upstream, upstreamZapi, System.out, System.err);
        }
        Simulator simulator;
        Runnable restoreJmx = StartupMBeanServerBuilder.engage();
        try {
            simulator = Simulator.start(settings);
        } catch (StartupException e) {
            System.err.println("commsim: " + e.getMessage());
            return 2;
        } finally {
            restoreJmx.run();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "commsim-shutdown"));
        System.out.println("Commsim listening on " + simulator.baseUrl()
                + " (Whapi.Cloud at /, Z-API at /instances/{id}/token/{token}/, control plane at /_sim/)");
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        Warmup.begin();
        int code = new CommandLine(new Main()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
