package dev.commsim.simulator.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A main class of this module run as its own JVM, as a user runs it: what it prints (standard output and
 * error together, line by line) is exactly what a user would see, JUL's console included.
 */
final class ChildJava implements AutoCloseable {
    private static final String END = "\u0000end";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJava(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJava start(Class<?> main, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("COMMSIM_"));
        builder.environment().putAll(environment);
        try {
            return new ChildJava(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process is gone; END below says so
        } finally {
            lines.add(END);
        }
    }

    /** The next line printed, or null when the process ended or the deadline passed first. */
    String nextLine(Duration deadline) throws InterruptedException {
        String line = lines.poll(deadline.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(END)) {
            if (line != null) {
                lines.add(END);
            }
            return null;
        }
        seen.add(line);
        return line;
    }

    /** Waits for the exit (killing the process past the deadline) and answers its exit code. */
    int awaitExit(Duration deadline) throws InterruptedException {
        if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not exit within " + deadline + "; it printed " + output());
        }
        return process.exitValue();
    }

    /** Asks the process to stop as Ctrl-C or {@code kill} would (SIGTERM: shutdown hooks run). */
    void stop() {
        process.destroy();
    }

    /** Every line printed so far, after the reader has caught up with an ended process. */
    List<String> output() throws InterruptedException {
        while (nextLine(Duration.ofSeconds(process.isAlive() ? 0 : 5)) != null) {
            // drain into seen
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
