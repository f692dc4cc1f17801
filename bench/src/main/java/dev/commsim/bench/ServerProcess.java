package dev.commsim.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child JVM on a loopback port. Every child is also killed by a shutdown hook,
 * so an exception or Ctrl-C in the bench never leaves a server running.
 */
final class ServerProcess implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ServerProcess::kill),
                "bench-kill-children"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final long startedNanos;

    private ServerProcess(String name, Process process, Path log, int port, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts {@code java <jvmArgs> <launch> <args with {port} replaced>}, {@code launch} being
     * {@code -jar <jar>} or {@code -cp <path> <main class>}; the clock starts just before.
     */
    static ServerProcess start(String name, String java, List<String> jvmArgs, List<String> launch,
                               List<String> args, Path logDir) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.addAll(launch);
        for (String arg : args) {
            command.add(arg.replace("{port}", Integer.toString(port)));
        }
        Path log = Files.createTempFile(logDir, name + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        LIVE.add(process);
        return new ServerProcess(name, process, log, port, started);
    }

    int port() {
        return port;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String name() {
        return name;
    }

    /**
     * Polls {@code request} until it answers 200; returns the nanoseconds from process start to that
     * first answer. Each poll is one short-lived connection, 2 ms apart, so polling costs the starting
     * server next to nothing.
     */
    long awaitFirst200(byte[] request, Duration timeout) throws IOException, InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try (HttpConnection connection = new HttpConnection(HOST, port, 2000)) {
                if (connection.send(request, false).status() == 200) {
                    return System.nanoTime() - startedNanos;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(2);
        }
        throw new IOException(name + " did not answer 200 within " + timeout + ":\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        kill(process);
        LIVE.remove(process);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
