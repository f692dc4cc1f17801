package dev.commsim.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line as a user meets it: {@code --help} names every flag's environment variable, and a start
 * that cannot go ahead says why in one line and exits with 2, never a stack trace.
 */
class CommandLineTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void helpNamesTheEnvironmentVariableOfEveryFlag() {
        var commandLine = Main.commandLine();
        String help = commandLine.getUsageMessage().replaceAll("\\s+", " ");
        List<OptionSpec> flags = commandLine.getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp()).toList();

        assertThat(flags).hasSizeGreaterThanOrEqualTo(15);
        for (OptionSpec flag : flags) {
            String expected = "COMMSIM_" + flag.longestName().substring(2).replace('-', '_').toUpperCase();
            assertThat(Main.environmentVariable(flag.longestName())).as("%s reads an environment variable", flag.longestName())
                    .isEqualTo(expected);
            assertThat(help).as("--help names %s for %s", expected, flag.longestName()).contains("env " + expected);
        }
    }

    static Stream<Arguments> refusedStarts() {
        return Stream.of(
                Arguments.of(List.of("--port", "70000"), "port 70000 is out of range"),
                Arguments.of(List.of("--port", "-1"), "port -1 is out of range"),
                Arguments.of(List.of("--port", "eighty"), "'eighty' is not an int"),
                Arguments.of(List.of("--pory", "8081"), "Unknown options: '--pory', '8081'; did you mean --port?"),
                Arguments.of(List.of("--host", "no-such-host.invalid"), "cannot resolve --host no-such-host.invalid"),
                Arguments.of(List.of("--host", "no-such-host.invalid", "--admin-token", "t"),
                        "cannot resolve --host no-such-host.invalid"),
                Arguments.of(List.of("--max-body-bytes", "0"), "body size limit must be at least 1 byte"),
                Arguments.of(List.of("--autosave-seconds", "-1"), "autosave seconds must be 0"),
                Arguments.of(List.of("--unlink-policy", "some"), "--unlink-policy must be orphans, all or none"),
                Arguments.of(List.of("--max-group-size", "1"), "limits out of range"),
                Arguments.of(List.of("--scenario", "no-such-scenario"), "no scenario named 'no-such-scenario'"));
    }

    /** In this JVM, as picocli runs it from main: what it prints is what the user reads. */
    @ParameterizedTest
    @MethodSource("refusedStarts")
    void aStartThatCannotGoAheadSaysWhyInOneLineAndExitsWith2(List<String> args, String cause) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));

        assertThat(out.toString()).as("standard output of %s", args).isEmpty();
        assertThat(err.toString().lines().toList()).as("what %s printed", args).hasSize(1).first().asString()
                .startsWith("commsim: ").contains(cause);
        assertThat(exit).as("exit code of %s", args).isEqualTo(2);
    }

    /** The rest as a user runs them, in a JVM of their own: the environment, and Undertow failing to bind. */
    @Test
    void aBadValueFromTheEnvironmentNamesTheVariable() throws Exception {
        assertRefused(List.of(), Map.of("COMMSIM_PORT", "eighty"),
                "'eighty' is not an int (from the environment variable COMMSIM_PORT)");
    }

    @Test
    void aPortAlreadyInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertRefused(List.of("--port", Integer.toString(port)), Map.of(),
                    "port " + port + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void anAddressOfAnotherMachineIsNamed() throws Exception {
        assertRefused(List.of("--host", "192.0.2.1", "--admin-token", "t", "--port", "0"), Map.of(),
                "cannot listen on 192.0.2.1:0");
    }

    private static void assertRefused(List<String> args, Map<String, String> environment, String cause) throws Exception {
        try (ChildJava child = ChildJava.start(Main.class, environment, args.toArray(String[]::new))) {
            int exit = child.awaitExit(DEADLINE);
            List<String> output = child.output();
            assertThat(output).as("what %s printed", args).hasSize(1);
            assertThat(output.get(0)).startsWith("commsim: ").contains(cause);
            assertThat(exit).as("exit code of %s", args).isEqualTo(2);
        }
    }

    @Test
    void helpAndVersionExitWith0() {
        for (String flag : List.of("--help", "--version")) {
            StringWriter printed = new StringWriter();
            var commandLine = Main.commandLine().setOut(new PrintWriter(printed));
            assertThat(commandLine.execute(flag)).as(flag).isZero();
            assertThat(printed.toString()).as(flag).startsWith(flag.equals("--help") ? "Usage: commsim" : "commsim ");
        }
    }
}
