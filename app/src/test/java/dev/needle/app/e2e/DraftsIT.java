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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note half-written when the session dies is not lost: over {@code needle serve} the SSH client is
 * killed, on a local terminal the window is closed (tmux killed: SIGHUP); the next session says a
 * draft is kept, R reopens it in the same editor for the same person, and Ctrl-S saves it.
 */
class DraftsIT {
    private static final String NOTE = "Met Rita at the cafe; she owes me an intro to Acme";

    @TempDir
    Path work;

    @Test
    void aNoteTypedWhenTheSshClientIsKilledIsReopenedInTheNextSession() throws Exception {
        Path serverHome = Files.createDirectory(work.resolve("server-home"));
        Path key = keyLetInto(serverHome);

        try (ServedNeedle server = ServedNeedle.start(serverHome, work)) {
            try (Tmux first = client(server, key, "first")) {
                setUp(first);
                writeHalfANote(first);
            } // the client is killed mid-sentence: the connection drops under the session

            waitForDraftIn(serverHome);
            try (Tmux second = client(server, key, "second")) {
                reopenAndSave(second);
            }
            assertThat(drafts(serverHome)).as("saved: no draft left").isEmpty();
        }
    }

    @Test
    void aNoteReopenedAfterAnotherSessionSavedTheSameNotesShowsBothAndKeepsBoth() throws Exception {
        Path serverHome = Files.createDirectory(work.resolve("server-home"));
        Path key = keyLetInto(serverHome);
        String theirs = "Call her Friday about the pilot.";

        try (ServedNeedle server = ServedNeedle.start(serverHome, work)) {
            try (Tmux first = client(server, key, "first")) {
                setUp(first);
                writeHalfANote(first);
            }
            waitForDraftIn(serverHome);
            try (Tmux other = client(server, key, "other")) {
                other.waitForText("Press R to reopen");
                openRitasPage(other);
                other.sendKeys("n");
                other.waitForText("built-in editor");
                other.type(theirs);
                other.sendKeys("C-s");
                other.waitForText("Notes saved.");
            }
            try (Tmux back = client(server, key, "back")) {
                back.waitForText("Press R to reopen a note on Rita Sousa");
                back.sendKeys("R");
                String choice = back.waitForText("Nothing is saved yet.");
                assertThat(choice).contains("Rita Sousa's notes changed in another session at").contains("Their notes now:")
                        .contains(theirs).contains(NOTE);
                back.sendKeys("Enter");
                back.waitForText("Both are in the editor");
                back.sendKeys("C-s");
                back.waitForText("Notes saved.");
                assertThat(openRitasPage(back)).contains(theirs).contains(NOTE);
            }
            assertThat(drafts(serverHome)).as("saved: no draft left").isEmpty();
        }
    }

    private static String openRitasPage(Tmux tmux) throws Exception {
        tmux.sendKeys("3");
        tmux.waitForText("Stage");
        tmux.sendKeys("Enter");
        return tmux.waitFor("Rita's page", DraftsIT::onContactPage);
    }

    @Test
    void aNoteTypedWhenTheTerminalWindowClosesIsReopenedAtTheNextStart() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        Path home = Files.createDirectory(work.resolve("home"));

        try (Tmux tmux = local(home)) {
            setUp(tmux);
            writeHalfANote(tmux);
        } // the window closes: the terminal hangs up on Needle

        waitForDraftIn(home);
        Path draft = drafts(home).get(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft))).isEqualTo("rw-------");
        try (Tmux tmux = local(home)) {
            reopenAndSave(tmux);
        }
        assertThat(drafts(home)).as("saved: no draft left").isEmpty();
    }

    private static void setUp(Tmux tmux) throws Exception {
        new NeedleUser(tmux).setUp("Find a backend role at XYZ Corp", "", "Talk to an engineer at XYZ Corp",
                "company:XYZ Corp");
        new NeedleUser(tmux).capture(new NeedleUser.Person("Rita Sousa", "Acme", ""));
    }

    /** Opens Rita's notes in the built-in editor and types most of a sentence, never saving it. */
    private static void writeHalfANote(Tmux tmux) throws Exception {
        tmux.sendKeys("Enter");
        tmux.waitFor("Rita's page", DraftsIT::onContactPage);
        tmux.sendKeys("n");
        tmux.waitForText("built-in editor");
        tmux.type(NOTE);
        tmux.waitForText(NOTE);
    }

    private static void reopenAndSave(Tmux tmux) throws Exception {
        String start = tmux.waitForText("Press R to reopen a note on Rita Sousa");
        assertThat(start).contains("kept when a session ended");
        tmux.sendKeys("R");
        assertThat(tmux.waitForText("Notes on Rita Sousa")).contains(NOTE);
        tmux.type(". Call her Tuesday.");
        tmux.sendKeys("C-s");
        tmux.waitForText("Notes saved.");
        tmux.sendKeys("3");
        tmux.waitForText("Stage");
        tmux.sendKeys("Enter");
        assertThat(tmux.waitFor("Rita's page", DraftsIT::onContactPage)).contains(NOTE + ". Call her Tuesday.");
    }

    /** Rita's page, its crumbs (which name her) drawn with Unicode or, under LANG=C, ASCII. */
    private static boolean onContactPage(String screen) {
        return screen.contains("Contacts › Rita Sousa") || screen.contains("Contacts > Rita Sousa");
    }

    /** The session's end is noticed by the process a moment after the client or window is gone. */
    private static void waitForDraftIn(Path home) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (drafts(home).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<Path> kept = drafts(home);
        assertThat(kept).as("a draft in the private state folder").hasSize(1);
        assertThat(Files.readString(kept.get(0), StandardCharsets.UTF_8)).contains(NOTE);
    }

    private static List<Path> drafts(Path home) throws IOException {
        Path folder = home.resolve(".local/state/needle/drafts");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".draft")).toList();
        }
    }

    private Tmux local(Path home) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C");
        String needle = Shell.quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -jar "
                + Shell.quote(Tools.needleJar().toString());
        return Tmux.start(work, env, 80, 24, needle);
    }

    private Tmux client(ServedNeedle server, Path key, String name) throws IOException {
        Path dir = Files.createDirectory(work.resolve(name));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", dir.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        String command = server.ssh(key, "-tt").stream().map(Shell::quote).collect(Collectors.joining(" "));
        return Tmux.start(dir, env, 80, 24, command);
    }

    /** A key of Rita's friend, let into {@code serverHome}'s authorized keys, once tmux and ssh are there. */
    private Path keyLetInto(Path serverHome) throws IOException, InterruptedException {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        Tools.require("ssh", "/usr/bin/ssh", "/usr/local/bin/ssh", "/bin/ssh");
        Tools.require("ssh-keygen", "/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen", "/bin/ssh-keygen");
        Path key = keyPair(Files.createDirectory(work.resolve("keys")).resolve("rita-friend"));
        Path authorized = Files.createDirectory(serverHome.resolve(".ssh")).resolve("authorized_keys");
        Files.writeString(authorized, Files.readString(Path.of(key + ".pub")));
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-------"));
        return key;
    }

    private static Path keyPair(Path file) throws IOException, InterruptedException {
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", file.getFileName().toString(),
                "-f", file.toString()).redirectErrorStream(true).start();
        String out = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keygen.waitFor()).as("ssh-keygen: " + out).isZero();
        return file;
    }
}
