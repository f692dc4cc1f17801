package dev.commsim.simulator.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Named scenarios: the ones shipped in the jar (built from {@code fixtures/scenarios/}) and any in
 * an optional directory, which wins on a name clash so a user can keep their own next to the project.
 */
public final class ScenarioLibrary {
    private static final String BUNDLED = "scenarios";
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");
    private final Path directory;

    public ScenarioLibrary(Path directory) {
        this.directory = directory;
    }

    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The scenario document of that name, if there is one. */
    public Optional<JsonNode> find(String name) throws IOException {
        if (!validName(name)) {
            return Optional.empty();
        }
        if (directory != null) {
            Path file = directory.resolve(name + ".json");
            if (Files.isRegularFile(file)) {
                return Optional.of(Json.read(file));
            }
        }
        try (InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(BUNDLED + "/" + name + ".json")) {
            return in == null ? Optional.empty() : Optional.of(Json.read(in));
        }
    }

    /** Every scenario name on offer, sorted. */
    public TreeSet<String> names() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if (directory != null && Files.isDirectory(directory)) {
            addNames(directory, names);
        }
        URL bundled = ScenarioLibrary.class.getClassLoader().getResource(BUNDLED);
        if (bundled != null) {
            try {
                URI uri = bundled.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        addNames(jar.getPath(BUNDLED), names);
                    }
                } else {
                    addNames(Path.of(uri), names);
                }
            } catch (URISyntaxException e) {
                throw new IOException("the bundled scenarios have an unreadable location", e);
            }
        }
        return names;
    }

    private static void addNames(Path folder, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".json"))
                    .map(file -> file.substring(0, file.length() - ".json".length()))
                    .forEach(names::add);
        }
    }
}
