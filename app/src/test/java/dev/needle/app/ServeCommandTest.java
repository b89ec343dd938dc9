package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code needle serve} refuses to start on keys others could have changed, before it opens anything. */
class ServeCommandTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @Timeout(60) // before the check, serve started and waited for clients
    void anAuthorizedKeysFileOthersCanWriteIsRefusedInOneLine() throws Exception {
        Path home = Files.createDirectory(tmp.resolve("home"));
        Path ssh = Files.createDirectory(home.resolve(".ssh"));
        Path keys = Files.writeString(ssh.resolve("authorized_keys"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFriend friend\n");
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-rw-rw-"));

        int exit = serve(home);

        assertThat(exit).isEqualTo(NeedleCommand.USAGE);
        assertThat(err.toString()).hasLineCount(1).contains(keys.toRealPath().toString()).contains("0666");
        assertThat(out.toString()).doesNotContain("listening");
        assertThat(tmp.resolve("data")).as("nothing was opened or created").doesNotExist();
    }

    @Test
    @Timeout(60)
    void aPortInUseIsToldInOneLineAndNothingIsLeftRunning() throws Exception {
        Path home = Files.createDirectory(tmp.resolve("home"));
        Path ssh = Files.createDirectory(home.resolve(".ssh"));
        Path keys = Files.writeString(ssh.resolve("authorized_keys"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFriend friend\n");
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-------"));
        // Walked by hand: a second `needle serve` on the same port said "an unexpected failure stopped the command".
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int exit = serve(home, String.valueOf(taken.getLocalPort()));

            assertThat(exit).isEqualTo(NeedleCommand.MACHINE);
            assertThat(err.toString()).hasLineCount(1).isEqualTo("needle serve: cannot listen on 127.0.0.1:"
                    + taken.getLocalPort() + ": another program listens there (another needle serve?); stop it, or"
                    + " choose another port with --port\n");
            assertThat(out.toString()).doesNotContain("listening");
        }
    }

    private int serve(Path home) throws IOException {
        return serve(home, "0");
    }

    private int serve(Path home, String port) throws IOException {
        NeedleCommand command = new NeedleCommand(() -> false, Map.of(
                "HOME", home.toString(),
                "XDG_DATA_HOME", tmp.resolve("data").toString(),
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString()));
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        try {
            return cmd.execute("serve", "--port", port);
        } finally {
            try {
                command.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
