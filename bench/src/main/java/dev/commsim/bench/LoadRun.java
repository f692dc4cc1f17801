package dev.commsim.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: one thread per client fixture, each on its own keep-alive connection, sending its
 * mix back to back for warm-up plus measurement. Only requests started inside the measurement window
 * count, for throughput and latency alike.
 */
final class LoadRun {
    record Result(String server, long requests, long errors, Map<Op, Long> errorsByOp, double seconds,
                  Samples latencies, int connections, int clients, long serverCpuNanos, long clientCpuNanos) {
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
                      Duration warmup, Duration measure, long seed) throws InterruptedException {
        String hostHeader = ServerProcess.HOST + ":" + port;
        int clients = fixtures.size();
        List<LatencyLog> logs = new ArrayList<>();
        long[] requests = new long[clients];
        long[][] errors = new long[clients][Op.values().length];
        int[] connects = new int[clients];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            LatencyLog log = new LatencyLog();
            logs.add(log);
            int client = i;
            Map<Op, byte[][]> encoded = fixtures.get(i).requests(hostHeader);
            Thread thread = new Thread(() -> {
                Mix mix = new Mix(seed * 1_000_003L + client);
                try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, port, 30_000)) {
                    ready.countDown();
                    go.await();
                    long measureFrom = window[0];
                    long end = window[1];
                    while (true) {
                        Op op = mix.next();
                        byte[][] variants = encoded.get(op);
                        byte[] request = variants.length == 1 ? variants[0] : variants[mix.variant(variants.length)];
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        int status;
                        try {
                            status = connection.send(request, false).status();
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - start;
                        if (start >= measureFrom) {
                            requests[client]++;
                            log.add(took);
                            if (status != 200) {
                                errors[client][op.ordinal()]++;
                            }
                        }
                    }
                    connects[client] = connection.connects();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    ready.countDown();
                }
            }, "load-" + server + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + warmup.toNanos();
        window[1] = window[0] + measure.toNanos();
        go.countDown();
        sleepUntil(window[0]);
        long serverCpuFrom = cpuNanos(serverProcess);
        long clientCpuFrom = ownCpuNanos();
        sleepUntil(window[1]);
        long serverCpu = cpuNanos(serverProcess) - serverCpuFrom;
        long clientCpu = ownCpuNanos() - clientCpuFrom;
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("load client failed", failure.get());
        }
        long total = 0;
        long errorTotal = 0;
        int connections = 0;
        Map<Op, Long> byOp = new EnumMap<>(Op.class);
        for (int i = 0; i < clients; i++) {
            total += requests[i];
            connections += connects[i];
            for (Op op : Op.values()) {
                long count = errors[i][op.ordinal()];
                if (count > 0) {
                    byOp.merge(op, count, Long::sum);
                    errorTotal += count;
                }
            }
        }
        return new Result(server, total, errorTotal, byOp, measure.toNanos() / 1e9, LatencyLog.merge(logs),
                connections, clients, serverCpu, clientCpu);
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
