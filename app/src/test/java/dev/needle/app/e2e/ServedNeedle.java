package dev.needle.app.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/** The packaged jar running {@code needle serve} on a free loopback port, with a home folder of its own. */
final class ServedNeedle implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START = Duration.ofSeconds(60);
    private final Process process;
    private final Path output;
    private final int port;

    private ServedNeedle(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts {@code needle serve --port 0} plus {@code options} (e.g. a short idle timeout). */
    static ServedNeedle start(Path home, Path logs, String... options) throws IOException, InterruptedException {
        Path output = Files.createTempFile(logs, "serve-out", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", Tools.needleJar().toString(), "serve", "--port", "0"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("HOME", home.toString(), "PATH", "/usr/local/bin:/usr/bin:/bin", "LANG", "C"));
        Process process = builder.start();
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(Files.readString(output, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServedNeedle(process, output, Integer.parseInt(m.group(1)));
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionFailedError("needle serve did not start listening; it said:\n" + Files.readString(output));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    int port() {
        return port;
    }

    /** The OpenSSH client's command line for this server with {@code key}, options first. */
    List<String> ssh(Path key, String... options) {
        List<String> command = new java.util.ArrayList<>(List.of("ssh"));
        command.addAll(List.of(options));
        // -F /dev/null: the test runner's own ~/.ssh/config must not change what is tested.
        command.addAll(List.of("-F", "/dev/null", "-i", key.toString(), "-p", Integer.toString(port), "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "LogLevel=ERROR", "127.0.0.1"));
        return command;
    }

    /** Sends SIGTERM, as systemd would, and returns the exit code once the process is gone. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionFailedError("needle serve did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
