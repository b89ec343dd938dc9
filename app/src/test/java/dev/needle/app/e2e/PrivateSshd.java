package dev.needle.app.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway sshd on 127.0.0.1 that lets in one generated client key and nothing else: its host
 * key, config, pid file and log all live in a temporary folder, so nothing on the machine changes
 * but the privilege separation folder sshd insists on.
 */
final class PrivateSshd implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(20);
    private final Process process;
    private final int port;
    private final Path clientKey;

    private PrivateSshd(Process process, int port, Path clientKey) {
        this.process = process;
        this.port = port;
        this.clientKey = clientKey;
    }

    static PrivateSshd start(Path sshd, Path keygen, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path hostKey = dir.resolve("host_key");
        Path clientKey = dir.resolve("client_key");
        generateKey(keygen, hostKey);
        generateKey(keygen, clientKey);
        Path authorized = Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        needPrivilegeSeparationFolder();
        int port = freePort();
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "AuthorizedKeysFile " + authorized,
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PidFile " + dir.resolve("sshd.pid"),
                // The temp folder is world-readable on most machines; sshd would refuse the key file.
                "StrictModes no",
                "UsePAM no",
                // CI runs as root; a key is the only way in either way.
                "PermitRootLogin prohibit-password",
                ""));
        Path log = dir.resolve("sshd.log");
        Process process = new ProcessBuilder(sshd.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrivateSshd server = new PrivateSshd(process, port, clientKey);
        server.awaitListening(log);
        return server;
    }

    int port() {
        return port;
    }

    Path clientKey() {
        return clientKey;
    }

    /** The ssh command line (for a shell) that runs {@code remoteCommand} on a forced terminal. */
    String sshCommand(Path ssh, String remoteCommand) {
        return String.join(" ", List.of(Shell.quote(ssh.toString()), "-tt", "-F", "/dev/null",
                "-i", Shell.quote(clientKey.toString()), "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
                "-p", Integer.toString(port), "127.0.0.1", Shell.quote(remoteCommand)));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitListening(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            String said = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (said.contains("Server listening")) {
                return;
            }
            if (!process.isAlive()) {
                throw Tools.unavailable("sshd would not start: " + said.strip());
            }
            Thread.sleep(50);
        }
        close();
        throw new IOException("sshd did not start listening within " + START.toSeconds() + " s: "
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void generateKey(Path keygen, Path key) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(keygen.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "needle-e2e",
                "-f", key.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("ssh-keygen failed: " + out.strip());
        }
    }

    /** sshd will not start without /run/sshd; .ci/run makes it, and root can make it here too. */
    private static void needPrivilegeSeparationFolder() {
        Path folder = Path.of("/run/sshd");
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw Tools.unavailable("sshd needs " + folder + " and it cannot be made here (" + e.getMessage() + ")");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
