package dev.commsim.simulator.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.server.Main;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** The README's Settings table lists exactly the command line's flags, each with the environment variable it reads. */
class ReadmeSettingsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(--[a-z-]+)` \\| `([A-Z0-9_]+)` \\|", Pattern.MULTILINE);
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");

    @Test
    void everyFlagIsInTheSettingsTableWithItsEnvironmentVariable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Settings\n");
        String settings = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(settings);
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }

        Map<String, String> flags = new TreeMap<>();
        for (Field field : Main.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null) {
                Matcher variable = ENVIRONMENT.matcher(option.defaultValue());
                flags.put(option.names()[0], variable.find() ? variable.group(1) : "(none)");
            }
        }
        assertThat(documented).isEqualTo(flags);
    }
}
