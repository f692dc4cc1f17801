package dev.commsim.simulator.snapshot;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import dev.commsim.simulator.server.StartupException;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A world kept across runs in a state file, saved atomically. */
class StateFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static String createCommunity(Simulator sim) {
        return RestAssured.given().baseUri(sim.baseUrl()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer tok-alice").body(Map.of("subject", "Kept"))
                .post("/communities").then().statusCode(200).extract().path("id");
    }

    @Test
    void theWorldSurvivesARestartThroughTheStateFile() {
        Path file = folder.resolve("world.json");
        SimulatorSettings settings = SimulatorSettings.defaults().withPort(0).withStateFile(file, 0);
        String community;
        try (Simulator first = Simulator.start(settings)) {
            community = createCommunity(first);
        }
        assertThat(file).exists();

        try (Simulator second = Simulator.start(settings)) {
            RestAssured.given().baseUri(second.baseUrl()).header("Authorization", "Bearer tok-alice")
                    .get("/communities/" + community).then().statusCode(200);
        }
    }

    @Test
    void autosaveWritesCompleteSnapshotsAndLeavesNoTemporaryFiles() throws Exception {
        Path file = folder.resolve("autosaved.json");
        try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0).withStateFile(file, 1))) {
            createCommunity(sim);
            JsonNode saved = awaitSnapshotWithCommunities(file, 1);
            assertThat(saved.get("version").intValue()).isEqualTo(1);
            assertThat(saved.get("groups").size()).isEqualTo(2);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("autosaved.json");
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledSaveIsClearedAtStart() throws IOException {
        Path file = folder.resolve("world.json");
        Path leftover = folder.resolve("world.json1234567.tmp");
        Files.writeString(leftover, "{\"half\":");

        try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0).withStateFile(file, 0))) {
            assertThat(leftover).doesNotExist();
        }
        assertThat(file).exists();
    }

    @Test
    void aStateFileThatBreaksTheRulesStopsTheStart() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, JSON.writeValueAsString(Map.of("groups", List.of(Map.of(
                "id", "120363000000000001", "kind", "COMMUNITY_PARENT", "subject", "Orphan parent",
                "participants", List.of(Map.of("phone", ALICE, "rank", "creator")))))));

        assertThatThrownBy(() -> Simulator.start(SimulatorSettings.defaults().withPort(0).withStateFile(file, 0)))
                .isInstanceOf(StartupException.class).hasMessageContaining("of no community");
        assertThat(Files.readString(file)).contains("Orphan parent");
    }

    @Test
    void aScenarioGivenAtStartIsLoaded() {
        try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0)
                .withScenario("member-in-two-linked-groups"))) {
            List<String> members = RestAssured.given().baseUri(sim.baseUrl()).header("Authorization", "Bearer tok-bob")
                    .get("/groups/120363100000000022@g.us").then().statusCode(200).extract().path("participants.id");
            assertThat(members).contains(ALICE, BOB);
        }
    }

    /** Polls the file with a deadline: autosave runs on its own schedule. */
    private static JsonNode awaitSnapshotWithCommunities(Path file, int communities) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file)) {
                JsonNode saved = JSON.readTree(file.toFile());
                if (saved.get("communities").size() == communities) {
                    return saved;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no autosave with " + communities + " communities within 15 s");
    }
}
