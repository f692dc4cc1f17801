package dev.commsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.RunningSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many requests at once: a rule fires exactly its number of times, a limit lets exactly its count through. */
class FaultConcurrencyTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();
    private static final int REQUESTS = 40;

    private ExecutorService pool;
    private HttpClient client;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(8);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private List<Integer> parallelStatuses(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + "/groups"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            answers.add(pool.submit(() -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        return statuses;
    }

    @Test
    void aRuleForTenTimesFiresExactlyTenTimesUnderParallelLoad() throws Exception {
        SIM.control().body("{\"path\":\"/groups\",\"status\":500,\"times\":10}").post("/_sim/faults").then().statusCode(201);

        List<Integer> statuses = parallelStatuses("tok-alice");

        assertThat(statuses).filteredOn(s -> s == 500).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(REQUESTS - 10);
        SIM.control().get("/_sim/faults").then().statusCode(200)
                .body("faults[0].fired", org.hamcrest.Matchers.equalTo(10))
                .body("faults[0].remaining", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aLimitOfTenLetsExactlyTenThroughUnderParallelLoad() throws Exception {
        SIM.control().body("{\"requests\":10,\"windowSeconds\":3600}").put("/_sim/rate-limits").then().statusCode(200);

        List<Integer> statuses = parallelStatuses("tok-alice");

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(REQUESTS - 10);
    }
}
