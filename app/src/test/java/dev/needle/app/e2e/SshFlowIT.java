package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.app.e2e.NeedleUser.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same flow as {@link TerminalFlowIT}, but the UI runs on the far side of {@code ssh -tt} to a
 * private sshd: keys, screen size and the exit code all travel through a remote pseudo-terminal.
 */
class SshFlowIT {
    private static final Person INSIDER = new Person("Ada Insider", "XYZ Corp", "Engineer");
    private static final Person STRANGER = new Person("Sam Stranger", "Nowhere Ltd", "");

    @TempDir
    Path work;
    private Path ssh;
    private Path sshd;
    private Path keygen;
    private Path home;

    @BeforeEach
    void findTools() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        sshd = Tools.require("sshd (openssh-server)", "/usr/sbin/sshd", "/usr/local/sbin/sshd");
        ssh = Tools.require("ssh (openssh-client)", "/usr/bin/ssh", "/usr/local/bin/ssh");
        keygen = Tools.require("ssh-keygen", "/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen");
        home = Files.createDirectory(work.resolve("home"));
    }

    @Test
    void theUiWorksOverSshAndKeepsItsData() throws Exception {
        try (PrivateSshd server = PrivateSshd.start(sshd, keygen, work.resolve("sshd"))) {
            try (Tmux tmux = start(server)) {
                NeedleUser user = new NeedleUser(tmux);
                user.setUp("Find a backend role at XYZ Corp", "", "Talk to an engineer at XYZ Corp", "company:XYZ Corp");
                user.capture(INSIDER, STRANGER);
                assertThat(user.triage(INSIDER.name(), "Coffee about backend roles")).contains("MEET IN PERSON");
                user.quit();
                assertThat(tmux.screen()).contains("[exit 0]");
                assertThat(tmux.terminalState()).isEqualTo(new Tmux.TerminalState(false, true));
            }
            try (Tmux tmux = start(server)) {
                NeedleUser user = new NeedleUser(tmux);
                tmux.waitForText("Talk to an engineer at XYZ Corp");
                user.goTo('3', "Stage");
                assertThat(tmux.waitForText(STRANGER.name())).contains(INSIDER.name()).doesNotContain("Setup 1/3");
                user.quit();
                assertThat(tmux.screen()).contains("[exit 0]");
            }
        }
    }

    private Tmux start(PrivateSshd server) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // $TERM stays unexpanded here: the far side's shell fills it in from what ssh sent.
        String remote = "env -i HOME=" + Shell.quote(home.toString()) + " TERM=$TERM PATH=/usr/local/bin:/usr/bin:/bin"
                + " LANG=C " + Shell.quote(java) + " -jar " + Shell.quote(Tools.needleJar().toString());
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", Files.createDirectories(work.resolve("client-home")).toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C");
        return Tmux.start(work, env, 80, 24, server.sshCommand(ssh, remote));
    }
}
