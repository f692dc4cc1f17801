package dev.commsim.simulator.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What a user's test does, as a program of its own (a fresh JVM, so nothing else set up logging first):
 * starts an embedded simulator, makes one request, closes it, then prints one line. {@link OutputTest}
 * checks that this line is all that was printed, or with a flag, that requests were logged too.
 */
public final class EmbeddedStart {
    public static void main(String[] args) throws Exception {
        boolean logRequests = args.length > 0 && args[0].equals("--log-requests");
        try (Simulator simulator = Simulator.start(SimulatorSettings.defaults().withPort(0).withLogRequests(logRequests))) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_sim/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("health answered " + answer.statusCode());
            }
        }
        System.out.println("embedded simulator started, answered and closed");
    }
}
