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
 * {@code needle serve} from the outside: the real OpenSSH client logs in with a key listed in the
 * server's ~/.ssh/authorized_keys, inside tmux, and uses the full-screen UI; a second client sees the
 * first one's work; strangers and clients without a terminal are turned away; SIGTERM loses nothing.
 */
class ServeIT {
    @TempDir
    Path work;
    private Path serverHome;
    private Path key;
    private Path stranger;
    private ServedNeedle server;

    @BeforeEach
    void setUp() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        Tools.require("ssh", "/usr/bin/ssh", "/usr/local/bin/ssh", "/bin/ssh");
        Tools.require("ssh-keygen", "/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen", "/bin/ssh-keygen");
        serverHome = Files.createDirectory(work.resolve("server-home"));
        Path keys = Files.createDirectory(work.resolve("keys"));
        // Ed25519, ssh-keygen's default and what most people have.
        key = keyPair(keys.resolve("friend"));
        stranger = keyPair(keys.resolve("stranger"));
        Path ssh = Files.createDirectory(serverHome.resolve(".ssh"));
        Path authorized = ssh.resolve("authorized_keys");
        Files.writeString(authorized, Files.readString(Path.of(key + ".pub")));
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-------"));
        server = ServedNeedle.start(serverHome, work);
    }

    /** The first-run setup as a new user goes through it: a direction, a need, no budget. */
    private static void goThroughSetup(Tmux client) throws Exception {
        client.waitForText("Setup 1/3");
        client.sendKeys("Tab");
        client.type("Find a backend role at XYZ Corp");
        client.sendKeys("C-s");
        client.waitForText("Setup 2/3");
        client.type("Talk to an engineer at XYZ Corp");
        client.sendKeys("C-s");
        client.waitForText("Setup 3/3");
        client.sendKeys("C-s");
        client.waitForText("All set");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void twoClientsWorkOnOneDatabaseAndStoppingTheServerLosesNothing() throws Exception {
        try (Tmux first = client("first", 100, 30)) {
            goThroughSetup(first);

            first.sendKeys("3");
            first.waitForText("Stage");
            first.sendKeys("a");
            first.waitForText("Contacts › Capture");
            for (String name : List.of("Ana Ruiz", "Ben Okafor")) {
                first.type(name);
                first.sendKeys("Enter"); // tmux sends a bare CR, as a terminal in raw mode does
                first.waitForText("Saved " + name + ".");
            }
            first.sendKeys("Escape");
            first.waitFor("the contact list", s -> !s.contains("Contacts › Capture") && s.contains("Ben Okafor"));

            first.sendKeys("/");
            first.type("ana");
            first.sendKeys("Enter");
            first.waitFor("the list filtered to Ana", s -> s.contains("Ana Ruiz") && !s.contains("Ben Okafor"));
            first.sendKeys("Enter");
            first.waitForText("Contacts › Ana Ruiz");
            first.sendKeys("t");
            first.waitForText("Meeting request");
            first.type("Coffee to chat");
            first.sendKeys("Enter");
            assertThat(first.waitForText("› Triage")).contains("DECLINE KINDLY");
            first.sendKeys("x");
            first.waitForText("y/N");
            first.sendKeys("y");
            first.waitForText("Decided: declined kindly");

            first.sendKeys("3");
            assertThat(first.waitFor("the contact list", s -> s.contains("Enter details") && s.contains("6 Budget")))
                    .contains("Ana Ruiz");

            first.resize(60, 16);
            // tmux blanks the pane on resize: wait for the whole redrawn screen, hint bar at the new bottom.
            String small = first.waitFor("the 60x16 layout", s -> !s.contains("6 Budget") && s.contains("Ana Ruiz")
                    && s.lines().count() >= 15 && s.lines().toList().get(14).contains("q quit"));
            assertThat(small.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
            first.resize(50, 12);
            first.waitForText("Make the window bigger");
            first.resize(100, 30);
            first.waitFor("the 100x30 layout again", s -> s.contains("6 Budget") && s.contains("Ana Ruiz"));

            try (Tmux second = client("second", 100, 30)) {
                second.waitFor("Today, setup already done", s -> s.contains("Talk to an engineer at XYZ Corp"));
                second.sendKeys("3");
                String contacts = second.waitFor("both contacts", s -> s.contains("Ana Ruiz") && s.contains("Ben Okafor"));
                assertThat(row(contacts, "Ana Ruiz")).as("the first client's triage").contains("closed kindly");

                int exit = server.terminate();
                assertThat(exit).as("stopped by SIGTERM").isIn(0, 143);
                assertThat(first.waitForText("[exit 0]")).doesNotContain("Needle ·");
                assertThat(second.waitForText("[exit 0]")).doesNotContain("Needle ·");
            }
        }

        String listed = run(List.of(ServedNeedle.java(), "-jar", Tools.needleJar().toString(), "contacts"));
        assertThat(listed).contains("Ana Ruiz", "Ben Okafor");
        assertThat(row(listed, "Ana Ruiz")).contains("closed kindly");
    }

    /**
     * Issue 14: what one client saves appears on the other client's open screen without a key press. The
     * second client gets no key between the first one's save and the check; waitFor's bound only guards
     * against a hang.
     */
    @Test
    void whatOneClientSavesAppearsOnTheOthersOpenScreenWithoutAKey() throws Exception {
        try (Tmux first = client("first", 100, 30)) {
            goThroughSetup(first);
            first.sendKeys("3");
            first.waitForText("Stage");
            first.sendKeys("a");
            first.waitForText("Contacts › Capture");
            first.type("Ana Ruiz");
            first.sendKeys("Enter");
            first.waitForText("Saved Ana Ruiz.");

            try (Tmux second = client("second", 100, 30)) {
                second.waitFor("Today, setup already done", s -> s.contains("Talk to an engineer at XYZ Corp"));
                second.sendKeys("3");
                second.waitFor("the contact list", s -> s.contains("Ana Ruiz") && s.contains("Enter details"));

                first.type("Ben Okafor");
                first.sendKeys("Enter");
                first.waitForText("Saved Ben Okafor.");
                String live = second.waitFor("the first client's new contact", s -> s.contains("Ben Okafor"));
                assertThat(live).contains("Ana Ruiz");

                second.sendKeys("2");
                second.waitFor("the needs", s -> s.contains("Talk to an engineer") && s.contains("who can help"));
                first.sendKeys("Escape");
                first.waitForGone("Contacts › Capture");
                first.sendKeys("2");
                first.waitForText("who can help");
                first.sendKeys("a");
                first.waitForText("Add need");
                first.type("Portfolio critique from a designer");
                first.sendKeys("C-s");
                first.waitForText("Added need");
                second.waitFor("the first client's new need", s -> s.contains("Portfolio critique from a designer"));
            }
        }
    }

    @Test
    void aStrangersKeyAndASessionWithoutATerminalAreRefused() throws Exception {
        Result noPty = ssh(server.ssh(key, "-T"));
        assertThat(noPty.exit()).isEqualTo(1);
        assertThat(noPty.output()).contains("no terminal", "ssh -t");

        Result refused = ssh(server.ssh(stranger, "-tt"));
        assertThat(refused.exit()).isEqualTo(255);
        assertThat(refused.output()).contains("Permission denied (publickey)");

        Path log = serverHome.resolve(".local/state/needle/needle.log");
        String fingerprint = run(List.of("ssh-keygen", "-l", "-f", stranger + ".pub")).split(" ")[1];
        assertThat(Files.readString(log)).contains("Refused SSH key").contains(fingerprint);
    }

    @Test
    void sshTtFromAScriptGetsTheFullScreenUi() throws Exception {
        // Input from a pipe, not a terminal: `ssh -tt` still asks for a pty, but has no terminal modes to send.
        Process client = new ProcessBuilder(server.ssh(key, "-tt")).redirectErrorStream(true).start();
        StringBuffer screen = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var in = client.getInputStream()) {
                byte[] chunk = new byte[4096];
                for (int n; (n = in.read(chunk)) > 0; ) {
                    screen.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException gone) {
                // The client exited; what it printed is in the buffer.
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!screen.toString().contains("Setup 1/3") && client.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(screen.toString()).as("what the client got").contains("Setup 1/3").doesNotContain("no terminal");

            client.getOutputStream().close(); // end of input: the session ends as if its user had gone
            assertThat(client.waitFor(60, TimeUnit.SECONDS)).as("the client is done").isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(client.exitValue()).as(screen.toString()).isZero();
        } finally {
            client.destroyForcibly();
        }
    }

    @Test
    void theHostKeyIsPrivateAndKeptAcrossRestarts() throws Exception {
        Path hostKey = serverHome.resolve(".local/share/needle/ssh_host_key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hostKey))).isEqualTo("rw-------");
        byte[] first = Files.readAllBytes(hostKey);
        server.terminate();

        server = ServedNeedle.start(serverHome, work);

        assertThat(Files.readAllBytes(hostKey)).isEqualTo(first);
        assertThat(ssh(server.ssh(key, "-T")).output()).contains("no terminal");
    }

    @Test
    void aSessionNobodyTypesInEndsAfterTheIdleTimeoutWithTheTerminalRestored() throws Exception {
        server.terminate();
        server = ServedNeedle.start(serverHome, work, "--idle-timeout", "3s");
        try (Tmux idle = client("idle", 100, 30)) {
            idle.waitForText("Setup 1/3");
            // Half a sentence typed, then nothing: the cursor stands mid-screen in the field. The SSH
            // server's own timeout cut the connection before the screen was given back, and the client
            // was left in Needle's screen with its shell below the field.
            idle.sendKeys("Tab");
            idle.type("Land a UX research role");
            idle.waitForText("Land a UX research role");
            String after = idle.waitFor("the client back at its shell", s -> s.contains("[exit "));
            assertThat(after).doesNotContain("Setup 1/3").doesNotContain("Needle ·")
                    .contains("needle serve: session ended after 3 seconds without a key");
            assertThat(idle.terminalState().alternateScreen()).isFalse();
        }
        Path log = serverHome.resolve(".local/state/needle/needle.log");
        assertThat(Files.readString(log)).contains("Session ended");
        // The server itself stays up for the next login.
        try (Tmux next = client("next", 100, 30)) {
            next.waitForText("Setup 1/3");
        }
    }

    private Tmux client(String name, int width, int height) throws IOException {
        Path dir = Files.createDirectory(work.resolve(name));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", dir.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        String command = server.ssh(key, "-tt").stream().map(Shell::quote).collect(Collectors.joining(" "));
        return Tmux.start(dir, env, width, height, command);
    }

    private record Result(int exit, String output) {
    }

    private Result ssh(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), out);
    }

    /** Runs a short command with the server's home and returns what it printed. */
    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("HOME", serverHome.toString(), "PATH", "/usr/local/bin:/usr/bin:/bin", "LANG", "C"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static String row(String screen, String name) {
        return screen.lines().filter(line -> line.contains(name)).findFirst().orElse("");
    }

    private static Path keyPair(Path file) throws IOException, InterruptedException {
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", file.getFileName().toString(),
                "-f", file.toString()).redirectErrorStream(true).start();
        String out = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keygen.waitFor()).as("ssh-keygen: " + out).isZero();
        return file;
    }
}
