package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing what Needle just exported changes nothing, also for a contact whose photo was kept in the
 * vCard 3.0 form ("ENCODING=b", as a backup written by an older Needle or another tool holds it).
 */
class ReimportOfAnExportTest {
    private static final String PHOTO = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a";

    @TempDir
    Path tmp;

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
        CliRun cli = new CliRun(tmp);
        assertThat(cli.onDisk("import", "yaml", backup.toString())).isZero();
        Path card = tmp.resolve("all.vcf");
        assertThat(cli.onDisk("export", "vcard", "-o", card.toString())).isZero();

        assertThat(cli.onDisk("import", "vcard", card.toString())).isZero();

        assertThat(cli.out).isEqualTo("created 0, merged 0, skipped 0, unchanged 2\n");
        assertThat(cli.onDisk("export", "vcard")).isZero();
        String unfolded = cli.out.replaceAll("\\R ", "");
        assertThat(unfolded).containsOnlyOnce("PHOTO").contains("PHOTO;TYPE=JPEG:data:image/jpeg;base64," + PHOTO);
    }
}
