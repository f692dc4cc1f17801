package dev.commsim.simulator.snapshot;

import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.Outcome;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The world kept in a file across runs: loaded at start, saved every N seconds and on close. A save
 * writes a temporary file beside the target, forces it to disk, then renames it over the target in
 * one atomic step, so a crash leaves either the previous complete snapshot or the new one, never a torn file.
 */
public final class StateFile implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StateFile.class.getName());
    private final Path path;
    private final Snapshots snapshots;
    private final ScheduledExecutorService autosave;

    private StateFile(Path path, Snapshots snapshots, ScheduledExecutorService autosave) {
        this.path = path;
        this.snapshots = snapshots;
        this.autosave = autosave;
    }

    /**
     * Loads the file if it exists, then saves every {@code autosaveSeconds} (0: only on close).
     * A file that cannot be read or breaks the rules is a refusal: the simulator must not start on it.
     */
    public static Outcome<StateFile> open(Path path, Snapshots snapshots, int autosaveSeconds) {
        removeTornSaves(path);
        if (Files.exists(path)) {
            Outcome<Snapshots.LoadSummary> loaded;
            try {
                loaded = snapshots.load(Json.read(path));
            } catch (IOException e) {
                return Outcome.refused(dev.commsim.simulator.world.Reason.INVALID_INPUT,
                        "state file " + path + " is not readable JSON: " + e.getMessage());
            }
            if (loaded instanceof Outcome.Refused<Snapshots.LoadSummary> refused) {
                return Outcome.refused(refused.reason(), "state file " + path + ": " + refused.detail());
            }
        }
        ScheduledExecutorService scheduler = null;
        StateFile file;
        if (autosaveSeconds > 0) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "commsim-autosave");
                thread.setDaemon(true);
                return thread;
            });
        }
        file = new StateFile(path, snapshots, scheduler);
        if (scheduler != null) {
            scheduler.scheduleAtFixedRate(file::saveQuietly, autosaveSeconds, autosaveSeconds, TimeUnit.SECONDS);
        }
        return Outcome.ok(file);
    }

    public Path path() {
        return path;
    }

    /** Writes the current world atomically (temporary file, fsync, rename). */
    public synchronized void save() throws IOException {
        byte[] bytes = Json.bytes(snapshots.export());
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, absolute.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A process killed mid-save leaves its temporary file; the snapshot beside it is whole, the leftover is not. */
    private static void removeTornSaves(Path path) {
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = absolute.getFileName().toString();
        try (java.util.stream.Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clear leftover temporary files beside " + path, e);
        }
    }

    private void saveQuietly() {
        try {
            save();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "autosave to " + path + " failed; the previous snapshot is intact", e);
        }
    }

    /** Stops autosaving without saving: the simulator that loaded the file did not start, so nothing changed. */
    public void discard() {
        if (autosave != null) {
            autosave.shutdownNow();
        }
    }

    /** Stops autosaving and saves one last time. */
    @Override
    public void close() {
        if (autosave != null) {
            autosave.shutdown();
            try {
                autosave.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        saveQuietly();
    }
}
