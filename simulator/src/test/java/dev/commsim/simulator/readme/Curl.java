package dev.commsim.simulator.readme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code curl} options the README's sessions use, done as curl does them: {@code -d} makes a POST with
 * {@code application/x-www-form-urlencoded} unless a Content-Type header is given; the output is the body
 * followed by the {@code -w} text. Any other option is refused, so the README keeps to what is checked.
 */
final class Curl {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    /** Runs {@code curl <args>} (the words after {@code curl}) and answers what it prints. */
    String run(List<String> args) throws IOException, InterruptedException {
        String method = null;
        String url = null;
        String data = null;
        String writeOut = "";
        List<String[]> headers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-s", "-S", "-sS" -> { }
                case "-X" -> method = args.get(++i);
                case "-H" -> {
                    String header = args.get(++i);
                    int colon = header.indexOf(':');
                    headers.add(new String[] {header.substring(0, colon).strip(), header.substring(colon + 1).strip()});
                }
                case "-d" -> data = args.get(++i);
                case "-w" -> writeOut = args.get(++i);
                default -> {
                    if (arg.startsWith("-") || url != null) {
                        throw new IllegalArgumentException("the README's curl uses " + arg + ", which this check does not know");
                    }
                    url = arg.contains("://") ? arg : "http://" + arg;
                }
            }
        }
        if (method == null) {
            method = data == null ? "GET" : "POST";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .method(method, data == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(data, StandardCharsets.UTF_8));
        boolean typed = false;
        for (String[] header : headers) {
            request.header(header[0], header[1]);
            typed |= header[0].equalsIgnoreCase("Content-Type");
        }
        if (data != null && !typed) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.body() + writeOut.replace("%{http_code}", Integer.toString(response.statusCode()))
                .replace("\\n", "\n");
    }
}
