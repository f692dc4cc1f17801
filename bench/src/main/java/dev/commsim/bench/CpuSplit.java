package dev.commsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process's CPU time split into user and kernel (system) time, from Linux's /proc/&lt;pid&gt;/stat.
 * The split tells a server's own work from what the loopback sockets cost it in the kernel.
 */
record CpuSplit(long userNanos, long systemNanos) {
    /** USER_HZ; {@code getconf CLK_TCK} is 100 on Linux here, and the kernel's ABI keeps it 100 nearly everywhere. */
    private static final long NANOS_PER_TICK = 1_000_000_000L / 100;
    /** utime and stime are fields 14 and 15; counted from field 3, the first after the command's ')'. */
    private static final int UTIME_AFTER_COMMAND = 14 - 3;

    /** Empty where /proc is missing or unreadable (not Linux, or the process is gone). */
    static Optional<CpuSplit> read(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command may hold spaces and parentheses: the fields start after the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long user = Long.parseLong(fields[UTIME_AFTER_COMMAND]);
            long system = Long.parseLong(fields[UTIME_AFTER_COMMAND + 1]);
            return Optional.of(new CpuSplit(user * NANOS_PER_TICK, system * NANOS_PER_TICK));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The CPU spent between {@code earlier} and this reading. */
    CpuSplit since(CpuSplit earlier) {
        return new CpuSplit(userNanos - earlier.userNanos, systemNanos - earlier.systemNanos);
    }
}
