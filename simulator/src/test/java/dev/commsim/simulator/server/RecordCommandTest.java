package dev.commsim.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record mode's flags are checked, and refused in one line each, before anything starts. */
class RecordCommandTest {
    @TempDir
    Path folder;

    @Test
    void recordModeFlagsAreCheckedBeforeAnythingStarts() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream errors = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        SimulatorSettings listen = SimulatorSettings.defaults().withPort(0);

        assertThat(RecordCommand.run(listen, null, "https://gate.whapi.cloud", null, System.out, errors)).isEqualTo(2);
        assertThat(RecordCommand.run(listen, folder.resolve("a.jsonl"), null, null, System.out, errors)).isEqualTo(2);
        assertThat(RecordCommand.run(listen, folder.resolve("b.jsonl"), "gate.whapi.cloud", null, System.out, errors))
                .isEqualTo(2);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).containsExactly(
                "commsim: record mode needs a file (--record-to FILE)",
                "commsim: record mode needs --upstream URL (Whapi.Cloud, e.g. https://gate.whapi.cloud) and/or "
                        + "--upstream-zapi URL (Z-API, e.g. https://api.z-api.io)",
                "commsim: --upstream must be an http:// or https:// base URL without a query: gate.whapi.cloud");
        assertThat(folder.resolve("a.jsonl")).doesNotExist();
    }

}
