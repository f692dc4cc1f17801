package dev.commsim.simulator.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's two curl sessions, run as a reader runs them: in the order written, one after the other,
 * against one simulator started with the default settings. Every command must print what the README shows
 * under it; {@code …} in the README stands for any text, and times (which follow the clock) are not compared.
 */
class ReadmeSessionsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile(
            "(\"(?:timestamp|name_at|created_at|creationTime|creation|lastMessageTime|subjectTime)\":\"?)\\d+");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*…\\s*");

    @Test
    void theWhapiThenTheZapiSessionPrintWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> sessions = List.of(console(readme, "## A Whapi.Cloud session"), console(readme, "## A Z-API session"));

        List<String> differences = new ArrayList<>();
        int commands = 0;
        try (Simulator simulator = Simulator.start(SimulatorSettings.defaults().withPort(0))) {
            String address = simulator.baseUrl().substring("http://".length());
            Curl curl = new Curl();
            for (String session : sessions) {
                Map<String, String> variables = new HashMap<>();
                for (ConsoleSession.Step step : ConsoleSession.parse(session).steps()) {
                    List<String> words = ConsoleSession.words(step.command().replace("localhost:8080", address), variables);
                    Map.Entry<String, String> assignment = ConsoleSession.assignment(words);
                    String printed;
                    if (assignment != null) {
                        variables.put(assignment.getKey(), assignment.getValue());
                        printed = "";
                    } else {
                        assertThat(words.get(0)).as("the README's sessions run curl only: %s", step.command()).isEqualTo("curl");
                        printed = curl.run(words.subList(1, words.size()));
                        commands++;
                    }
                    if (!matches(step.shownOutput(), printed)) {
                        differences.add("$ " + step.command() + "\n  README shows: " + step.shownOutput()
                                + "\n  printed:      " + printed);
                    }
                }
            }
        }
        assertThat(commands).as("curl commands run").isGreaterThanOrEqualTo(15);
        assertThat(differences).as("commands whose output differs from the README").isEmpty();
    }

    /** The first console block after a heading. */
    private static String console(String readme, String heading) {
        int at = readme.indexOf("\n" + heading + "\n");
        assertThat(at).as("the README has the heading %s", heading).isNotNegative();
        Matcher block = CONSOLE.matcher(readme);
        assertThat(block.find(at)).as("a console block under %s", heading).isTrue();
        return block.group(1);
    }

    private static boolean matches(String shown, String printed) {
        String expected = TIME.matcher(shown).replaceAll("$10");
        String actual = TIME.matcher(printed.strip()).replaceAll("$10");
        StringBuilder pattern = new StringBuilder();
        String[] parts = ELLIPSIS.split(expected, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pattern.append(".*?");
            }
            pattern.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(actual).matches();
    }
}
