package dev.commsim.contract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar commsim-contract-tests-…-all.jar run|replay|shrink|bench|verify-recording …} */
@Command(name = "commsim-contract", mixinStandardHelpOptions = true, version = "commsim contract kit 0.1.0",
        description = "Seeded community programs checked against a reference model of rules.md.",
        subcommands = {RunCommand.class, ReplayCommand.class, ShrinkCommand.class, BenchCommand.class,
                VerifyRecordingCommand.class})
public final class KitCli implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        // A configuration error (no credentials for a live target, a bad option value) is one line, not a trace.
        System.exit(new CommandLine(new KitCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        }).execute(args));
    }
}
