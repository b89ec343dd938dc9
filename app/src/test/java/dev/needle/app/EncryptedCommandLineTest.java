package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code needle} entry point in its own JVM, as a user runs it: {@code init --encrypt} with the
 * passphrase in {@code NEEDLE_PASSPHRASE}, then a wrong passphrase told in one line with exit code 2, and
 * the passphrase in neither the output nor the log.
 */
class EncryptedCommandLineTest {
    private static final String PASSPHRASE = "tangerine-ocelot-17";

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    @Test
    void initEncryptsAndAWrongPassphraseIsOneLineWithExitTwo() throws Exception {
        Run init = needle(PASSPHRASE, "init", "--encrypt");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("encrypted").contains("needle.mv.db");

        Run backup = needle(PASSPHRASE, "backup", "-o", tmp.resolve("b.zip").toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.err()).isEmpty();

        Run wrong = needle("not-" + PASSPHRASE, "backup", "-o", tmp.resolve("c.zip").toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("needle: wrong passphrase for "
                + tmp.resolve("data/needle/needle.mv.db").toAbsolutePath() + System.lineSeparator());
        assertThat(tmp.resolve("c.zip")).doesNotExist();

        String everything = init.out() + init.err() + backup.out() + backup.err() + wrong.out() + Files.readString(tmp.resolve("state/needle/needle.log"));
        assertThat(everything).doesNotContain(PASSPHRASE).doesNotContain("ocelot");
    }

    @Test
    void anEncryptedBackupRestoresIntoAFolderJustMadeWithInitEncryptWithoutForce() throws Exception {
        Path contacts = Files.writeString(tmp.resolve("ada.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n");
        assertThat(needle(PASSPHRASE, "init", "--encrypt").exit()).isZero();
        Run imported = needle(PASSPHRASE, "import", "vcard", contacts.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path backup = tmp.resolve("ada.aes");
        assertThat(needle(PASSPHRASE, "backup", "-o", backup.toString()).exit()).isZero();
        String fresh = tmp.resolve("fresh").toString();
        assertThat(needle(PASSPHRASE, "--data-dir", fresh, "init", "--encrypt").exit()).isZero();

        Run restored = needle(PASSPHRASE, "--data-dir", fresh, "restore", backup.toString());

        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(needle(PASSPHRASE, "--data-dir", fresh, "contacts").out()).contains("Ada Lovelace");
    }

    private Run needle(String passphrase, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // The application's own logging setup, not the tests' one.
                "-Dlogback.configurationFile=logback.xml", "-XX:TieredStopAtLevel=1",
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("XDG_DATA_HOME", tmp.resolve("data").toString());
        env.put("XDG_STATE_HOME", tmp.resolve("state").toString());
        env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        env.put(EmbeddedDatabase.PASSPHRASE_VARIABLE, passphrase);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
