package dev.commsim.simulator.reliability;

import dev.commsim.simulator.support.Wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commsim.simulator.server.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator as its own process with a state file autosaved every second, killed without warning
 * (SIGKILL) again and again, some kills aimed at the moment a save is being written. After each kill
 * the state file is a complete snapshot holding at least every change seen saved before, and a restart
 * loads exactly it.
 */
class PersistenceTest {
    private static final long SEED = 42L;
    private static final int KILLS = 8;
    private static final Duration START_DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Process child;

    @Test
    void killingTheProcessNeverTearsTheStateFileAndARestartLoadsTheLastSnapshot() throws Exception {
        Path file = folder.resolve("world.json");
        Random random = new Random(SEED);
        Set<String> seenSaved = new HashSet<>();
        int groupsCreated = 0;
        int midSave = 0;
        int tornSaves = 0;
        int leftBehind = 0;
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                String baseUrl = start(file);
                Wire wire = new Wire(baseUrl);
                Set<String> loaded = groupIds(JSON.readTree(wire.send("GET", "/_sim/state", Map.of(), null).body()));
                if (Files.exists(file)) {
                    assertThat(loaded).as("restart %d loads the file exactly", kill).isEqualTo(groupIds(read(file)));
                }

                // Changes, then wait until an autosave holds them all.
                for (int i = 0; i < 3; i++) {
                    createGroup(wire, kill, i, 300);
                    groupsCreated++;
                }
                Set<String> now = groupIds(JSON.readTree(wire.send("GET", "/_sim/state", Map.of(), null).body()));
                awaitSaved(file, now);
                seenSaved = now;

                // More changes racing the next autosave, then the kill.
                for (int i = 3; i < 3 + random.nextInt(3); i++) {
                    createGroup(wire, kill, i, 300);
                    groupsCreated++;
                }
                boolean aimed = random.nextBoolean() ? awaitSaveInProgress(file) : pause(random.nextInt(1500));
                if (aimed) {
                    midSave++;
                }
                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

                int temporaries = temporaryFiles(file);
                if (temporaries > leftBehind) {
                    tornSaves++; // the kill interrupted a save: its temporary file stayed behind
                }
                leftBehind = temporaries;
                JsonNode snapshot = read(file);
                assertThat(snapshot.path("version").isInt()).as("kill %d: a complete snapshot", kill).isTrue();
                assertThat(groupIds(snapshot)).as("kill %d: every change seen saved is still there", kill)
                        .containsAll(seenSaved);
            }
            String baseUrl = start(file);
            Set<String> last = groupIds(JSON.readTree(new Wire(baseUrl).send("GET", "/_sim/state", Map.of(), null).body()));
            assertThat(last).as("the final restart").isEqualTo(groupIds(read(file))).containsAll(seenSaved);
        } finally {
            stopChild();
        }
        System.out.println("persistence: " + KILLS + " kills (" + midSave + " aimed at a save in progress, " + tornSaves
                + " interrupted a save and left its temporary file), "
                + groupsCreated + " groups created, " + seenSaved.size() + " groups in the last confirmed save");
    }

    // ---- the child process ----

    /** Starts the simulator's command line in a fresh JVM and answers its base URL once it listens. */
    private String start(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--port", "0", "--state-file", file.toString(), "--autosave-seconds", "1")
                .redirectErrorStream(true);
        child = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> listening = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    int at = line.indexOf("listening on http://");
                    if (at >= 0) {
                        drain(output);
                        return line.substring(at + "listening on ".length()).split(" ")[0];
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String baseUrl = listening.get(START_DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertThat(baseUrl).as("the child simulator started").isNotNull();
        return baseUrl;
    }

    /** Keeps reading the child's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader output) {
        Thread drainer = new Thread(() -> {
            try {
                while (output.readLine() != null) {
                    // discard
                }
            } catch (IOException closed) {
                // the child is gone
            }
        }, "child-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    private void stopChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- changes and the file ----

    private static void createGroup(Wire wire, int round, int index, int size) {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            phones.add(String.format("44%02d%02d%05d1", round, index, i));
        }
        StringBuilder body = new StringBuilder("{\"subject\":\"Round " + round + " group " + index + "\",\"participants\":[");
        for (int i = 0; i < phones.size(); i++) {
            body.append(i == 0 ? "" : ",").append('"').append(phones.get(i)).append('"');
        }
        Wire.Answer answer = wire.json("POST", "/groups", Map.of("Authorization", "Bearer tok-keeper"),
                body.append("]}").toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static Set<String> groupIds(JsonNode world) {
        Set<String> ids = new HashSet<>();
        world.path("groups").forEach(group -> ids.add(group.path("id").asText()));
        return ids;
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static void awaitSaved(Path file, Set<String> groups) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Files.exists(file) && groupIds(read(file)).containsAll(groups)) {
                    return;
                }
            } catch (IOException replacedWhileReading) {
                // the rename swapped the file under the reader; read again
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no autosave holding " + groups.size() + " groups within 15 s");
    }

    /** Polls (bounded) for an autosave's temporary file: true when one was seen and the kill is mid-save. */
    private boolean awaitSaveInProgress(Path file) throws Exception {
        String prefix = file.getFileName().toString();
        Instant deadline = Instant.now().plusMillis(2500);
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tmp"))) {
                    return true;
                }
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private int temporaryFiles(Path file) throws IOException {
        String prefix = file.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tmp"))
                    .count();
        }
    }

    /** A seeded moment to kill at: the point is a random instant, not waiting for anything. */
    private static boolean pause(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return false;
    }
}
