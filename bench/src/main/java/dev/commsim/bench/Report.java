package dev.commsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Prints each part as it finishes, then one summary of the targets with PASS or MISS. */
final class Report {
    record Startup(Samples commsim, Samples wiremock, int runs) {
        double ratio() {
            return (double) commsim.median() / wiremock.median();
        }
    }

    record Memory(String jvmArgs, boolean completed, long usedBytes, long baselineBytes, long buildMillis,
                  long communityMembers, String failure) {
        double usedMb() {
            return usedBytes / (1024.0 * 1024.0);
        }

        double worldMb() {
            return (usedBytes - baselineBytes) / (1024.0 * 1024.0);
        }
    }

    private record Verdict(String target, String measured, boolean pass) {
    }

    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void header(int clients, int clientThreads, int warmup, int duration, List<String> serverJvmArgs) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Commsim performance benchmark%n");
        System.out.printf("  machine: %d cores, Java %s (%s), %s %s; load average at start %.2f%n",
                runtime.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"), BenchMain.loadAverage());
        System.out.printf("  WireMock %s standalone; both servers: same java, JVM options %s, 127.0.0.1%n",
                BenchMain.WIREMOCK_VERSION, serverJvmArgs.isEmpty() ? "default" : String.join(" ", serverJvmArgs));
        System.out.printf("  load: %d clients, %d s warm-up, %d s measured, mix: %s%n", clients, warmup, duration,
                Mix.DESCRIPTION);
        System.out.printf("  load client: one keep-alive connection per client, one request in flight on each,"
                + " on %d selector thread(s)%n%n", Math.max(1, Math.min(clientThreads, clients)));
    }

    void startup(Startup startup) {
        System.out.printf("1. Startup to the first answered request (process start -> first 200 to GET /health),"
                + " median of %d cold starts%n", startup.runs());
        System.out.printf("   %-10s %10s %10s %10s%n", "", "median", "min", "max");
        row("Commsim", startup.commsim());
        row("WireMock", startup.wiremock());
        System.out.printf("   ratio Commsim/WireMock: %.2fx (target <= %.1fx)%n%n", startup.ratio(),
                BenchMain.STARTUP_TARGET);
        verdicts.add(new Verdict("startup <= 0.4x WireMock",
                String.format("%.2fx (%d ms vs %d ms)", startup.ratio(), millis(startup.commsim().median()),
                        millis(startup.wiremock().median())),
                startup.ratio() <= BenchMain.STARTUP_TARGET));
    }

    private static void row(String name, Samples samples) {
        System.out.printf("   %-10s %7d ms %7d ms %7d ms%n", name, millis(samples.median()), millis(samples.min()),
                millis(samples.max()));
    }

    void throughput(LoadRun.Result commsim, LoadRun.Result wiremock) {
        System.out.printf("2. Throughput and latency, realistic mix, keep-alive, %d clients, %.0f s measured%n",
                commsim.clients(), commsim.seconds());
        System.out.printf("   %-22s %12s %12s %10s%n", "", "Commsim", "WireMock", "ratio");
        System.out.printf("   %-22s %12.0f %12.0f %9.2fx%n", "requests/s", commsim.perSecond(), wiremock.perSecond(),
                commsim.perSecond() / wiremock.perSecond());
        latencyRow("p50 latency (ms)", commsim.latencies().percentile(50), wiremock.latencies().percentile(50));
        latencyRow("p99 latency (ms)", commsim.latencies().percentile(99), wiremock.latencies().percentile(99));
        latencyRow("p99.9 latency (ms)", commsim.latencies().percentile(99.9), wiremock.latencies().percentile(99.9));
        System.out.printf("   %-22s %12.1f %12.1f %9.2fx%n", "server CPU us/request", commsim.serverCpuMicrosPerRequest(),
                wiremock.serverCpuMicrosPerRequest(), commsim.serverCpuMicrosPerRequest() / wiremock.serverCpuMicrosPerRequest());
        splitRow("  of which user", commsim, wiremock, LoadRun.Result::serverCpuSplit, CpuSplit::userNanos);
        splitRow("  of which system", commsim, wiremock, LoadRun.Result::serverCpuSplit, CpuSplit::systemNanos);
        System.out.printf("   %-22s %12.1f %12.1f%n", "client CPU us/request", commsim.clientCpuMicrosPerRequest(),
                wiremock.clientCpuMicrosPerRequest());
        splitRow("  of which user", commsim, wiremock, LoadRun.Result::clientCpuSplit, CpuSplit::userNanos);
        splitRow("  of which system", commsim, wiremock, LoadRun.Result::clientCpuSplit, CpuSplit::systemNanos);
        System.out.printf("   %-22s %12d %12d%n", "requests measured", commsim.requests(), wiremock.requests());
        System.out.printf("   %-22s %12d %12d%n", "non-200 answers", commsim.errors(), wiremock.errors());
        System.out.printf("   %-22s %12d %12d%n", "TCP connections", commsim.connections(), wiremock.connections());
        for (LoadRun.Result result : List.of(commsim, wiremock)) {
            for (Map.Entry<Op, Long> error : result.errorsByOp().entrySet()) {
                System.out.printf("   ! %s: %d non-200 answers to %s%n", result.server(), error.getValue(),
                        error.getKey().label());
            }
        }
        double ratio = commsim.perSecond() / wiremock.perSecond();
        double cpuRatio = wiremock.serverCpuMicrosPerRequest() / commsim.serverCpuMicrosPerRequest();
        notes.add(String.format("server CPU per request: Commsim %.1f us, WireMock %.1f us "
                + "(WireMock spends %.2fx the CPU of Commsim per request)", commsim.serverCpuMicrosPerRequest(),
                wiremock.serverCpuMicrosPerRequest(), cpuRatio));
        System.out.printf("   (latency ratio, WireMock/Commsim: p50 %.2fx, p99 %.2fx)%n%n",
                (double) wiremock.latencies().percentile(50) / commsim.latencies().percentile(50),
                (double) wiremock.latencies().percentile(99) / commsim.latencies().percentile(99));
        verdicts.add(new Verdict("throughput >= 3x WireMock",
                String.format("%.2fx (%.0f vs %.0f req/s)", ratio, commsim.perSecond(), wiremock.perSecond()),
                ratio >= BenchMain.THROUGHPUT_TARGET && commsim.errors() == 0));
    }

    /** A user or system share of CPU per request, from /proc; "n/a" where that is not readable. */
    private static void splitRow(String name, LoadRun.Result commsim, LoadRun.Result wiremock,
                                 Function<LoadRun.Result, Optional<CpuSplit>> split, ToLongFunction<CpuSplit> part) {
        System.out.printf("   %-22s %12s %12s%n", name, microsPerRequest(commsim, split, part),
                microsPerRequest(wiremock, split, part));
    }

    private static String microsPerRequest(LoadRun.Result result, Function<LoadRun.Result, Optional<CpuSplit>> split,
                                           ToLongFunction<CpuSplit> part) {
        return split.apply(result).map(s -> String.format("%.1f", part.applyAsLong(s) / 1e3 / result.requests()))
                .orElse("n/a");
    }

    private static void latencyRow(String name, long commsim, long wiremock) {
        System.out.printf("   %-22s %12.3f %12.3f %9.2fx%n", name, commsim / 1e6, wiremock / 1e6,
                (double) commsim / wiremock);
    }

    void link(List<LinkCost.Cell> cells) {
        System.out.printf("3. In-process World.link / World.unlink, median (p99) in microseconds, %d cycles per cell%n",
                cells.get(0).link().count());
        table("link", cells, true);
        table("unlink", cells, false);
        double worstCommunityGrowth = 0;
        for (int g : LinkCost.GROUP_SIZES) {
            long small = median(cells, g, LinkCost.COMMUNITY_SIZES[0], true);
            long large = median(cells, g, LinkCost.COMMUNITY_SIZES[LinkCost.COMMUNITY_SIZES.length - 1], true);
            worstCommunityGrowth = Math.max(worstCommunityGrowth, (double) large / small);
        }
        double leastGroupGrowth = Double.MAX_VALUE;
        for (int c : LinkCost.COMMUNITY_SIZES) {
            long small = median(cells, LinkCost.GROUP_SIZES[0], c, true);
            long large = median(cells, LinkCost.GROUP_SIZES[LinkCost.GROUP_SIZES.length - 1], c, true);
            leastGroupGrowth = Math.min(leastGroupGrowth, (double) large / small);
        }
        boolean tracksGroup = worstCommunityGrowth < 2 && leastGroupGrowth > 5;
        System.out.printf("   community 50 -> 2000 (40x) changes link cost by at most %.2fx;"
                + " group 10 -> 1024 (102x) raises it by at least %.1fx%n", worstCommunityGrowth, leastGroupGrowth);
        System.out.printf("   cost grows with the group touched, not with the community: %s%n%n",
                tracksGroup ? "YES" : "NO");
        long worst1024 = 0;
        for (int c : LinkCost.COMMUNITY_SIZES) {
            worst1024 = Math.max(worst1024, median(cells, 1024, c, true));
        }
        verdicts.add(new Verdict("link of a 1024-member group < 1 ms",
                String.format("%.1f us (worst median over communities of 50/500/2000)", worst1024 / 1e3),
                worst1024 / 1e3 < BenchMain.LINK_TARGET_MICROS));
        notes.add(String.format("link/unlink cost tracks the group, not the community: %s "
                + "(community 40x larger: <= %.2fx; group 102x larger: >= %.1fx)", tracksGroup ? "yes" : "NO",
                worstCommunityGrowth, leastGroupGrowth));
    }

    private static void table(String what, List<LinkCost.Cell> cells, boolean link) {
        StringBuilder head = new StringBuilder(String.format("   %-14s", what + " (us)"));
        for (int c : LinkCost.COMMUNITY_SIZES) {
            head.append(String.format(" %20s", "community " + c));
        }
        System.out.println(head);
        for (int g : LinkCost.GROUP_SIZES) {
            StringBuilder row = new StringBuilder(String.format("   %-14s", "group " + g));
            for (int c : LinkCost.COMMUNITY_SIZES) {
                LinkCost.Cell cell = find(cells, g, c);
                Samples samples = link ? cell.link() : cell.unlink();
                row.append(String.format(" %20s", String.format("%.1f (%.1f)", samples.median() / 1e3,
                        samples.percentile(99) / 1e3)));
            }
            System.out.println(row);
        }
    }

    private static long median(List<LinkCost.Cell> cells, int group, int community, boolean link) {
        LinkCost.Cell cell = find(cells, group, community);
        return (link ? cell.link() : cell.unlink()).median();
    }

    private static LinkCost.Cell find(List<LinkCost.Cell> cells, int group, int community) {
        return cells.stream().filter(c -> c.groupSize() == group && c.communitySize() == community).findFirst()
                .orElseThrow();
    }

    void list(List<ListCost.Cell> cells) {
        System.out.printf("5. Listings of a caller in 4 groups as the world grows, median (p99) in microseconds,"
                + " %d requests per cell over one keep-alive connection%n", cells.get(0).inProcess().count());
        StringBuilder head = new StringBuilder(String.format("   %-26s", ""));
        for (ListCost.Cell cell : cells) {
            head.append(String.format(" %20s", String.format("%,d groups", cell.worldSize())));
        }
        System.out.println(head.append(String.format(" %12s", "last/first")));
        double worst = 0;
        for (int p = 0; p <= ListCost.PATHS.size(); p++) {
            boolean http = p < ListCost.PATHS.size();
            StringBuilder row = new StringBuilder(String.format("   %-26s",
                    http ? "GET " + ListCost.PATHS.get(p) : "World.groups in process"));
            for (ListCost.Cell cell : cells) {
                Samples samples = samplesOf(cell, p);
                row.append(String.format(" %20s", String.format("%.1f (%.1f)", samples.median() / 1e3,
                        samples.percentile(99) / 1e3)));
            }
            double growth = (double) samplesOf(cells.get(cells.size() - 1), p).median() / samplesOf(cells.get(0), p).median();
            worst = Math.max(worst, growth);
            System.out.println(row.append(String.format(" %11.2fx", growth)));
        }
        int first = cells.get(0).worldSize();
        int last = cells.get(cells.size() - 1).worldSize();
        boolean flat = worst < 1.5;
        System.out.printf("   a world %dx larger changes a listing's median by at most %.2fx: %s%n%n", last / first, worst,
                flat ? "flat" : "NOT flat");
        verdicts.add(new Verdict("listing cost flat in world size",
                String.format("%,d -> %,d groups: median x%.2f at most", first, last, worst), flat));
    }

    private static Samples samplesOf(ListCost.Cell cell, int path) {
        return path < cell.http().size() ? cell.http().get(path) : cell.inProcess();
    }

    void memory(Memory measured, Memory capped) {
        System.out.printf("4. Heap after loading %d communities x %d groups x %d members (fresh JVM, after System.gc())%n",
                MemoryProbe.COMMUNITIES, MemoryProbe.GROUPS, MemoryProbe.MEMBERS);
        if (!measured.completed()) {
            System.out.printf("   probe failed: %s%n%n", measured.failure());
            verdicts.add(new Verdict("1000x10x100 world <= 256 MB heap", "probe failed: " + measured.failure(), false));
            return;
        }
        System.out.printf("   heap used: %.1f MB (JVM baseline %.1f MB, the world itself %.1f MB);"
                + " built in %d ms; %d people per community%n", measured.usedMb(),
                measured.baselineBytes() / (1024.0 * 1024.0), measured.worldMb(), measured.buildMillis(),
                measured.communityMembers());
        System.out.printf("   same load in a JVM capped at -Xmx256m: %s%n%n", capped.completed()
                ? String.format("fits (%.1f MB used)", capped.usedMb()) : "does not fit (" + capped.failure() + ")");
        verdicts.add(new Verdict("1000x10x100 world <= 256 MB heap",
                String.format("%.1f MB heap used (world %.1f MB); -Xmx256m: %s", measured.usedMb(), measured.worldMb(),
                        capped.completed() ? "fits" : "fails"),
                measured.usedMb() <= BenchMain.HEAP_TARGET_MB));
    }

    /** The same load on {@link EmptyServer}: what any Undertow server reaches here, next to Commsim's rate. */
    void ceiling(LoadRun.Result empty, LoadRun.Result commsim, LoadRun.Result wiremock) {
        System.out.printf("   Ceiling: an empty Undertow server in Commsim's place (a fixed %d-byte JSON to every request,"
                + " no work), same load%n", EmptyServer.BODY.length);
        System.out.printf("   %-22s %12s %12s %10s%n", "", "empty", "WireMock", "ratio");
        System.out.printf("   %-22s %12.0f %12.0f %9.2fx%n", "requests/s", empty.perSecond(), wiremock.perSecond(),
                empty.perSecond() / wiremock.perSecond());
        System.out.printf("   %-22s %12.1f %12.1f%n", "server CPU us/request", empty.serverCpuMicrosPerRequest(),
                wiremock.serverCpuMicrosPerRequest());
        splitRow("  of which user", empty, wiremock, LoadRun.Result::serverCpuSplit, CpuSplit::userNanos);
        splitRow("  of which system", empty, wiremock, LoadRun.Result::serverCpuSplit, CpuSplit::systemNanos);
        System.out.printf("   %-22s %12.1f %12.1f%n", "client CPU us/request", empty.clientCpuMicrosPerRequest(),
                wiremock.clientCpuMicrosPerRequest());
        double share = commsim.perSecond() / empty.perSecond();
        System.out.printf("   Commsim reaches %.0f%% of the empty server's rate%n%n", 100 * share);
        notes.add(String.format("ceiling: an empty Undertow server reaches %.2fx WireMock here (%.0f req/s); "
                + "Commsim reaches %.0f%% of it", empty.perSecond() / wiremock.perSecond(), empty.perSecond(), 100 * share));
    }

    void summary() {
        System.out.printf("Summary (load average now %.2f)%n", BenchMain.loadAverage());
        for (Verdict verdict : verdicts) {
            System.out.printf("   %-36s %-62s %s%n", verdict.target(), verdict.measured(),
                    verdict.pass() ? "PASS" : "MISS");
        }
        for (String note : notes) {
            System.out.printf("   %s%n", note);
        }
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
