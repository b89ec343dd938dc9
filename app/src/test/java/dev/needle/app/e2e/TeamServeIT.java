package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 from the outside: two partners' keys on one {@code needle serve}, with the real OpenSSH client in
 * tmux. The key decides who each is (its comment, or config.yaml's team: keys:, never the user name typed at
 * ssh); the title line and the log name them; the second partner joins without Setup; a key naming nobody is
 * refused with the reason logged.
 */
class TeamServeIT {
    @TempDir
    Path work;
    private Path serverHome;
    private Path alice;
    private Path bob;
    private Path nobody;
    private ServedNeedle server;

    @BeforeEach
    void setUp() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        Tools.require("ssh", "/usr/bin/ssh", "/usr/local/bin/ssh", "/bin/ssh");
        Tools.require("ssh-keygen", "/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen", "/bin/ssh-keygen");
        serverHome = Files.createDirectory(work.resolve("server-home"));
        Path keys = Files.createDirectory(work.resolve("keys"));
        alice = keyPair(keys.resolve("alice"), "alice@laptop"); // as ssh-keygen writes comments
        bob = keyPair(keys.resolve("bob"), "");
        nobody = keyPair(keys.resolve("nobody"), "");
        Path ssh = Files.createDirectory(serverHome.resolve(".ssh"));
        Path authorized = ssh.resolve("authorized_keys");
        Files.writeString(authorized, Files.readString(Path.of(alice + ".pub")) + Files.readString(Path.of(bob + ".pub"))
                + Files.readString(Path.of(nobody + ".pub")));
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-------"));
        // Bob's key has no comment: config.yaml names it by its fingerprint.
        Path config = Files.createDirectories(serverHome.resolve(".config/needle")).resolve("config.yaml");
        Files.writeString(config, "team:\n  keys:\n    \"" + fingerprint(bob) + "\": Bob\n");
        server = ServedNeedle.start(serverHome, work);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void twoKeysAreTwoPeopleNamedInTheTitleAndTheLogAndTheSecondJoinsWithoutSetup() throws Exception {
        // Both type the same user name at ssh: only the keys tell them apart.
        try (Tmux first = client("first", alice, 80, 24)) {
            first.waitForText("Setup 1/3");
            first.sendKeys("Tab");
            first.type("Open a second bakery in Lyon");
            first.sendKeys("C-s");
            first.waitForText("Setup 2/3");
            first.type("Meet a commercial landlord in Lyon");
            first.sendKeys("C-s");
            first.waitForText("Setup 3/3");
            first.sendKeys("C-s");
            first.waitForText("All set");
            assertThat(first.screen()).as("a person alone is not told who they are").doesNotContain("as Alice");

            try (Tmux second = client("second", bob, 80, 24)) {
                String today = second.waitFor("Bob's Today, without Setup",
                        s -> s.contains("Meet a commercial landlord in Lyon") && s.contains("as Bob"));
                assertThat(today).doesNotContain("Setup 1/3");
                assertThat(titleLine(today)).startsWith(" Needle · Open a second bakery in Lyon").endsWith("as Bob");

                String alicesScreen = first.waitFor("Alice's title once Bob has joined", s -> s.contains("as Alice"));
                assertThat(titleLine(alicesScreen)).endsWith("as Alice");
            }
        }
        Result refused = ssh(server.ssh(nobody, "-tt", "-l", "alice"));
        assertThat(refused.exit()).isEqualTo(255);
        assertThat(refused.output()).contains("Permission denied (publickey)");

        assertThat(server.terminate()).isIn(0, 143);
        String log = Files.readString(serverHome.resolve(".local/state/needle/needle.log"));
        assertThat(log).contains("Session started for Alice (key " + fingerprint(alice) + ", ssh user alice)")
                .contains("Session started for Bob (key " + fingerprint(bob) + ", ssh user alice)")
                .contains("Refused SSH key", fingerprint(nobody), "the key has no name");

        String team = run(List.of(ServedNeedle.java(), "-jar", Tools.needleJar().toString(), "team"));
        assertThat(team.lines().toList()).hasSize(2);
        assertThat(team.lines().toList().get(0)).startsWith("Alice\tjoined").endsWith("founder");
        assertThat(team.lines().toList().get(1)).startsWith("Bob\tjoined");
    }

    private static String titleLine(String screen) {
        return screen.lines().findFirst().orElse("").stripTrailing();
    }

    private Tmux client(String name, Path key, int width, int height) throws IOException {
        Path dir = Files.createDirectory(work.resolve(name));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", dir.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        String command = server.ssh(key, "-tt", "-l", "alice").stream().map(Shell::quote).collect(Collectors.joining(" "));
        return Tmux.start(dir, env, width, height, command);
    }

    private record Result(int exit, String output) {
    }

    private static Result ssh(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), out);
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("HOME", serverHome.toString(), "PATH", "/usr/local/bin:/usr/bin:/bin", "LANG", "C"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static String fingerprint(Path key) throws IOException, InterruptedException {
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-f", key + ".pub").redirectErrorStream(true).start();
        String out = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keygen.waitFor()).as("ssh-keygen -l: " + out).isZero();
        return out.split(" ")[1];
    }

    private static Path keyPair(Path file, String comment) throws IOException, InterruptedException {
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment,
                "-f", file.toString()).redirectErrorStream(true).start();
        String out = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keygen.waitFor()).as("ssh-keygen: " + out).isZero();
        return file;
    }
}
