package dev.commsim.simulator.server;

import dev.commsim.simulator.record.Listener;
import dev.commsim.simulator.record.RecordSettings;
import dev.commsim.simulator.record.RecordingProxy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The command line's record mode: {@code --record-to FILE --upstream URL [--upstream-zapi URL]}. */
final class RecordCommand {
    private RecordCommand() {
    }

    /** True when any record-mode flag was given: the command line then records instead of simulating. */
    static boolean requested(Path file, String whapiUrl, String zapiUrl) {
        return file != null || whapiUrl != null || zapiUrl != null;
    }

    /** Records until the process is stopped; answers the exit code (2: bad flags or start-up problem). */
    static int run(SimulatorSettings listen, Path file, String whapiUrl, String zapiUrl, PrintStream out,
                   PrintStream err) throws InterruptedException {
        RecordingProxy proxy;
        try {
            ControlPlaneExposure.check(listen.host(), listen.adminToken());
            RecordSettings settings = new RecordSettings(file, RecordSettings.upstream("--upstream", whapiUrl),
                    RecordSettings.upstream("--upstream-zapi", zapiUrl), null);
            proxy = RecordingProxy.start(new Listener(listen.host(), listen.port(), listen.maxBodyBytes(),
                    listen.adminToken()), settings);
        } catch (IllegalArgumentException | IllegalStateException | StartupException e) {
            err.println("commsim: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            proxy.close();
            out.println("Commsim recorded " + proxy.exchanges() + " exchanges in " + proxy.recording());
            stopped.countDown();
        }, "commsim-record-shutdown"));
        out.println("Commsim recording to " + proxy.recording() + " on " + proxy.baseUrl() + ": "
                + (whapiUrl == null ? "" : "Whapi.Cloud requests -> " + whapiUrl.strip())
                + (whapiUrl != null && zapiUrl != null ? ", " : "")
                + (zapiUrl == null ? "" : "Z-API requests (/instances/...) -> " + zapiUrl.strip())
                + ". Point your client here; stop with Ctrl-C.");
        stopped.await();
        return 0;
    }
}
