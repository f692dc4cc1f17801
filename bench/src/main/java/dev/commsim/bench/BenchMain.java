package dev.commsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The performance benchmark: the simulator against WireMock, plus in-process link cost and memory. */
@Command(name = "commsim-bench", mixinStandardHelpOptions = true, version = "commsim-bench 0.1.0",
        description = "Prints startup, throughput and latency (Commsim vs WireMock), in-process link/unlink "
                + "cost, the heap of a 1000x10x100 world and listing cost as the world grows, with their targets.")
public final class BenchMain implements Callable<Integer> {
    static final String WIREMOCK_VERSION = "3.13.2";
    static final double STARTUP_TARGET = 0.4;
    static final double THROUGHPUT_TARGET = 3.0;
    static final double LINK_TARGET_MICROS = 1000;
    static final double HEAP_TARGET_MB = 256;

    /** {@code ceiling} runs with {@code throughput}: the same load on {@link EmptyServer}. */
    enum Part { startup, throughput, ceiling, link, memory, list }

    @Option(names = "--parts", split = ",", defaultValue = "startup,throughput,ceiling,link,memory,list",
            description = "Parts to run (default ${DEFAULT-VALUE}); ceiling runs only with throughput.")
    Set<Part> parts = EnumSet.allOf(Part.class);

    @Option(names = "--clients", defaultValue = "8", description = "Load clients, one keep-alive connection each (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--client-threads", defaultValue = "1", description = "Selector threads driving the load "
            + "clients' connections, spread evenly (default ${DEFAULT-VALUE}).")
    int clientThreads;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds of load before measuring, per server (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--duration", defaultValue = "20", description = "Seconds of measured load per server (default ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Option(names = "--startup-runs", defaultValue = "5", description = "Cold starts per server; the median is reported (default ${DEFAULT-VALUE}).")
    int startupRuns;

    @Option(names = "--link-repetitions", defaultValue = "2000", description = "Measured link+unlink cycles per cell (default ${DEFAULT-VALUE}).")
    int linkRepetitions;

    @Option(names = "--link-warmup", defaultValue = "500", description = "Unmeasured cycles per cell (default ${DEFAULT-VALUE}).")
    int linkWarmup;

    @Option(names = "--list-repetitions", defaultValue = "2000", description = "Measured requests per listing and world size (default ${DEFAULT-VALUE}).")
    int listRepetitions;

    @Option(names = "--list-warmup", defaultValue = "1000", description = "Unmeasured requests per listing and world size (default ${DEFAULT-VALUE}).")
    int listWarmup;

    @Option(names = "--servers", description = "Folder holding commsim-simulator-all.jar and wiremock-standalone.jar "
            + "(default: 'servers' next to the bench jar).")
    Path serversDir;

    @Option(names = "--server-jvm-arg", description = "A JVM option given to both servers alike (repeatable; "
            + "default none), e.g. -Xshare:off or -XX:TieredStopAtLevel=1.")
    List<String> serverJvmArgs = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the load mix (default ${DEFAULT-VALUE}).")
    long seed;

    private final Report report = new Report();
    /** Built on the simulator, replayed unchanged against WireMock: both get byte-identical requests. */
    private List<ClientFixture> fixtures;

    public static void main(String[] args) {
        int code = new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        Locale.setDefault(Locale.ROOT);
        report.header(clients, clientThreads, warmupSeconds, durationSeconds, serverJvmArgs);
        Path work = Files.createTempDirectory("commsim-bench-");
        try {
            Path simulatorJar = serverJar("commsim-simulator-all.jar");
            Path wiremockJar = serverJar("wiremock-standalone.jar");
            Path wiremockRoot = work.resolve("wiremock");
            Servers servers = new Servers(simulatorJar, wiremockJar, wiremockRoot, work, serverJvmArgs);
            if (parts.contains(Part.startup) || parts.contains(Part.throughput)) {
                servers.writeStubs();
            }
            if (parts.contains(Part.startup)) {
                report.startup(startup(servers));
            }
            if (parts.contains(Part.throughput)) {
                LoadRun.Result commsim = throughput(servers.simulator(), "Commsim");
                LoadRun.Result wiremock = throughput(servers.wiremock(), "WireMock");
                report.throughput(commsim, wiremock);
                if (parts.contains(Part.ceiling)) {
                    report.ceiling(throughput(servers.empty(), "an empty Undertow server"), commsim, wiremock);
                }
            }
            if (parts.contains(Part.link)) {
                report.link(LinkCost.measure(linkWarmup, linkRepetitions));
            }
            if (parts.contains(Part.memory)) {
                report.memory(memory(List.of()), memory(List.of("-Xmx256m")));
            }
            if (parts.contains(Part.list)) {
                report.list(ListCost.measure(listWarmup, listRepetitions));
            }
            report.summary();
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    /** Cold starts, alternating which server goes first so that neither always gets the warmer page cache. */
    private Report.Startup startup(Servers servers) throws IOException, InterruptedException {
        List<Long> commsim = new ArrayList<>();
        List<Long> wiremock = new ArrayList<>();
        for (int run = 0; run < startupRuns; run++) {
            for (int i = 0; i < 2; i++) {
                boolean simulatorTurn = (run + i) % 2 == 0;
                try (ServerProcess server = simulatorTurn ? servers.simulator() : servers.wiremock()) {
                    long nanos = server.awaitFirst200(Servers.healthRequest(server.port()), Duration.ofSeconds(60));
                    (simulatorTurn ? commsim : wiremock).add(nanos);
                }
            }
        }
        return new Report.Startup(samples(commsim), samples(wiremock), startupRuns);
    }

    /** Loads a started server; the simulator, loaded first, also gets the fixtures the others replay. */
    private LoadRun.Result throughput(ServerProcess started, String which) throws IOException, InterruptedException {
        try (ServerProcess server = started) {
            server.awaitFirst200(Servers.healthRequest(server.port()), Duration.ofSeconds(60));
            if (fixtures == null) {
                fixtures = Servers.fixtures(server.port(), clients);
            }
            System.out.printf("  loading %s: %d clients, %d s warm-up + %d s measured ...%n", which, clients,
                    warmupSeconds, durationSeconds);
            return LoadRun.run(which, server.handle(), server.port(), fixtures, Duration.ofSeconds(warmupSeconds),
                    Duration.ofSeconds(durationSeconds), seed, clientThreads);
        }
    }

    private Report.Memory memory(List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Servers.java());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MemoryProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new IOException("memory probe did not finish");
            }
        } finally {
            process.destroyForcibly();
        }
        String line = output.lines().filter(l -> l.startsWith("MEMORY ")).findFirst().orElse(null);
        if (process.exitValue() != 0 || line == null) {
            String why = output.contains("OutOfMemoryError") ? "OutOfMemoryError" : "exit " + process.exitValue();
            return new Report.Memory(String.join(" ", jvmArgs), false, 0, 0, 0, 0, why);
        }
        Map<String, Long> values = new java.util.HashMap<>();
        for (String pair : line.substring(7).split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return new Report.Memory(String.join(" ", jvmArgs), true, values.get("used"), values.get("baseline"),
                values.get("buildMillis"), values.get("communityMembers"), "");
    }

    private Path serverJar(String name) throws IOException {
        Path dir = serversDir;
        if (dir == null) {
            Path self = Paths.get(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0])
                    .toAbsolutePath();
            dir = (Files.isDirectory(self) ? self.getParent() : self.getParent()).resolve("servers");
        }
        Path jar = dir.resolve(name);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " not found; build with: mvn -B -q -Pbench -pl bench -am package -DskipTests");
        }
        return jar;
    }

    static Samples samples(List<Long> values) {
        return Samples.of(values.stream().mapToLong(Long::longValue).toArray());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
