package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    private int serve(Path home) throws IOException {
        NeedleCommand command = new NeedleCommand(() -> false, Map.of(
                "HOME", home.toString(),
                "XDG_DATA_HOME", tmp.resolve("data").toString(),
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString()));
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        try {
            return cmd.execute("serve", "--port", "0");
        } finally {
            try {
                command.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
