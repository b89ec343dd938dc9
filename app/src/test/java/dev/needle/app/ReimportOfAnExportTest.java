package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Importing what Needle just exported changes nothing, also for a contact whose photo was kept in the
 * vCard 3.0 form ("ENCODING=b", as a backup written by an older Needle or another tool holds it).
 */
class ReimportOfAnExportTest {
    private static final String PHOTO = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a";

    @TempDir
    Path tmp;

    private StringWriter out;

    private int run(String... args) throws Exception {
        out = new StringWriter();
        NeedleCommand command = new NeedleCommand(() -> false, Map.of(
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString(),
                "TERM", "xterm-256color"));
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        try {
            return cmd.execute(args);
        } finally {
            command.close();
        }
    }

    @Test
    void aContactWithAPhotoInTheOlderFormIsUnchangedByTheReimportOfItsExport() throws Exception {
        Path backup = Files.writeString(tmp.resolve("backup.yaml"), """
                needle: backup
                format: 1
                contacts:
                  - id: 10
                    version: 1
                    name: Ana Lima
                    company: Acme Corp
                    emails: [ana@example.org]
                    stage: met
                    foreign-fields:
                      - PHOTO;ENCODING=b;TYPE=JPEG:%s
                  - id: 11
                    version: 1
                    name: Bo Lind
                    stage: met
                """.formatted(PHOTO));
        String data = tmp.resolve("data").toString();
        assertThat(run("--data-dir", data, "import", "yaml", backup.toString())).isZero();
        Path card = tmp.resolve("all.vcf");
        assertThat(run("--data-dir", data, "export", "vcard", "-o", card.toString())).isZero();

        assertThat(run("--data-dir", data, "import", "vcard", card.toString())).isZero();

        assertThat(out.toString()).isEqualTo("created 0, merged 0, skipped 0, unchanged 2\n");
        assertThat(run("--data-dir", data, "export", "vcard")).isZero();
        String unfolded = out.toString().replaceAll("\\R ", "");
        assertThat(unfolded).containsOnlyOnce("PHOTO").contains("PHOTO;TYPE=JPEG:data:image/jpeg;base64," + PHOTO);
    }
}
