package dev.needle.adapter.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * When this process started, to within the kernel's 10 ms tick. {@code ProcessHandle}'s start instant
 * adds the start tick to the boot time in whole seconds, so on Linux it can be up to a second early
 * (docs/performance.md gives the figure); here the boot time comes from {@code /proc/uptime}, which has
 * hundredths.
 */
public final class ProcessStart {
    /** Linux reports process times in USER_HZ ticks, 100 a second on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStart() {
    }

    public static Optional<Instant> instant() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double upSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long nowMillis = System.currentTimeMillis();
            long bootMillis = nowMillis - Math.round(upSeconds * 1000);
            return Optional.of(Instant.ofEpochMilli(bootMillis + Math.round(startTicks * 1000 / TICKS_PER_SECOND)));
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant();
        }
    }
}
