package dev.needle.adapter.interchange.remind;

import dev.needle.application.port.out.ReminderChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program a reminder goes through (sendmail, msmtp, notify-send) with some bytes on its
 * standard input, and turns every way it can fail into one line a person understands. The program is
 * looked up on the PATH of the environment given, so a test's PATH decides which one runs.
 */
final class ExternalCommand {
    /** A mail server that does not answer in this time will not answer; cron should hear of it. */
    private static final long TIMEOUT_SECONDS = 60;

    private final Map<String, String> environment;

    ExternalCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Runs the command; throws {@link ReminderChannel.Failed} when it cannot start, hangs or exits non-zero. */
    void run(List<String> command, byte[] input) {
        String program = command.get(0);
        Path executable = locate(program).orElseThrow(() -> new ReminderChannel.Failed(
                program + " was not found" + (program.contains("/") ? "" : " on the PATH")));
        List<String> line = new ArrayList<>(command);
        line.set(0, executable.toString());
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ReminderChannel.Failed(program + " could not be started: " + e.getMessage());
        }
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        CompletableFuture.runAsync(() -> drain(process.getInputStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            // The program closed its input early; its exit status says whether that was a failure.
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ReminderChannel.Failed(program + " did not finish within " + TIMEOUT_SECONDS + " seconds");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ReminderChannel.Failed(program + " was interrupted");
        }
        if (process.exitValue() != 0) {
            String said = firstLine(errors.join());
            throw new ReminderChannel.Failed(program + " failed (exit status " + process.exitValue() + ")"
                    + (said.isEmpty() ? "" : ": " + said));
        }
    }

    /** The program as given when it names a path, otherwise the first executable of that name on the PATH. */
    Optional<Path> locate(String program) {
        if (program.contains("/")) {
            Path path = Path.of(program);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (String dir : environment.getOrDefault("PATH", "").split(":")) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (kept.size() < 64 * 1024) {
                    kept.write(buffer, 0, n);
                }
            }
            return kept.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.length() > 200 ? l.substring(0, 200) + "…" : l).orElse("");
    }
}
