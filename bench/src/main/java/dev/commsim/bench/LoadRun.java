package dev.commsim.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load in the style of wrk: one keep-alive connection per client fixture, exactly one
 * request in flight on each, all driven by a few selector threads (one by default) so that the client
 * takes as little as possible of the cores it shares with the server. Only requests started inside the
 * measurement window count, for throughput and latency alike.
 */
final class LoadRun {
    /** {@code serverCpuSplit} and {@code clientCpuSplit} are empty where /proc/&lt;pid&gt;/stat is not readable. */
    record Result(String server, long requests, long errors, Map<Op, Long> errorsByOp, double seconds,
                  Samples latencies, int connections, int clients, long serverCpuNanos, long clientCpuNanos,
                  Optional<CpuSplit> serverCpuSplit, Optional<CpuSplit> clientCpuSplit) {
        double perSecond() {
            return requests / seconds;
        }

        /** Server CPU time (all its threads) spent per request in the measured window. */
        double serverCpuMicrosPerRequest() {
            return serverCpuNanos / 1e3 / requests;
        }

        double clientCpuMicrosPerRequest() {
            return clientCpuNanos / 1e3 / requests;
        }
    }

    private LoadRun() {
    }

    static Result run(String server, ProcessHandle serverProcess, int port, List<ClientFixture> fixtures,
                      Duration warmup, Duration measure, long seed, int clientThreads)
            throws IOException, InterruptedException {
        InetSocketAddress address = new InetSocketAddress(ServerProcess.HOST, port);
        String hostHeader = Servers.hostHeader(port);
        int clients = fixtures.size();
        int threads = Math.max(1, Math.min(clientThreads, clients));
        // The loops start within milliseconds; connecting and the first requests fall in the warm-up.
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<LoadConnection> connections = new ArrayList<>();
        List<List<LoadConnection>> perThread = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            perThread.add(new ArrayList<>());
        }
        for (int client = 0; client < clients; client++) {
            LoadConnection connection = new LoadConnection(address, new Mix(seed * 1_000_003L + client),
                    fixtures.get(client).requests(hostHeader), measureFrom, end);
            connections.add(connection);
            perThread.get(client % threads).add(connection);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(new EventLoop(perThread.get(t)), "load-" + server + "-" + t);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((dead, e) -> failure.compareAndSet(null, e));
            loops.add(thread);
        }
        loops.forEach(Thread::start);
        sleepUntil(measureFrom);
        long serverCpuFrom = cpuNanos(serverProcess);
        Optional<CpuSplit> serverSplitFrom = CpuSplit.read(serverProcess.pid());
        long clientCpuFrom = ownCpuNanos();
        Optional<CpuSplit> clientSplitFrom = CpuSplit.read(ProcessHandle.current().pid());
        sleepUntil(end);
        long serverCpu = cpuNanos(serverProcess) - serverCpuFrom;
        Optional<CpuSplit> serverSplit = since(CpuSplit.read(serverProcess.pid()), serverSplitFrom);
        long clientCpu = ownCpuNanos() - clientCpuFrom;
        Optional<CpuSplit> clientSplit = since(CpuSplit.read(ProcessHandle.current().pid()), clientSplitFrom);
        for (Thread loop : loops) {
            loop.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("load client failed", failure.get());
        }
        long total = 0;
        long errorTotal = 0;
        int connects = 0;
        List<LatencyLog> logs = new ArrayList<>();
        Map<Op, Long> byOp = new EnumMap<>(Op.class);
        for (LoadConnection connection : connections) {
            total += connection.measured();
            connects += connection.connects();
            logs.add(connection.latencies());
            for (Op op : Op.values()) {
                long count = connection.errors(op);
                if (count > 0) {
                    byOp.merge(op, count, Long::sum);
                    errorTotal += count;
                }
            }
        }
        return new Result(server, total, errorTotal, byOp, measure.toNanos() / 1e9, LatencyLog.merge(logs),
                connects, clients, serverCpu, clientCpu, serverSplit, clientSplit);
    }

    private static Optional<CpuSplit> since(Optional<CpuSplit> now, Optional<CpuSplit> earlier) {
        return now.flatMap(later -> earlier.map(later::since));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** CPU time of the bench process: the load threads, during the window. */
    private static long ownCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
