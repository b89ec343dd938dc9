package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contact's offers and what they look for come back out of the database in the order they went in. */
class TypedOrderCommandsTest {
    @TempDir
    Path home;

    @Test
    void aBackupAndACardListOffersAsTheyWereTyped() throws Exception {
        Path backup = Files.writeString(home.resolve("backup.yaml"), String.join("\n",
                "needle: backup",
                "format: 1",
                "contacts:",
                "  - id: 1",
                "    version: 1",
                "    name: Maria Lopez",
                "    offers:",
                "      - sourdough baking",
                "      - kubernetes",
                "      - accounting",
                "    looking-for:",
                "      - product design",
                "      - a mentor",
                "    rapport: 3",
                "    stage: met",
                ""), StandardCharsets.UTF_8);
        CliRun needle = new CliRun(home);
        assertThat(needle.onDisk("import", "yaml", backup.toString())).as(needle.err).isZero();

        Path yaml = home.resolve("out.yaml");
        Path vcf = home.resolve("out.vcf");
        assertThat(needle.onDisk("export", "yaml", yaml.toString())).as(needle.err).isZero();
        assertThat(needle.onDisk("export", "vcard", vcf.toString())).as(needle.err).isZero();

        assertThat(Files.readString(yaml)).contains(String.join("\n",
                "    offers:",
                "      - sourdough baking",
                "      - kubernetes",
                "      - accounting",
                "    looking-for:",
                "      - product design",
                "      - a mentor"));
        assertThat(Files.readString(vcf).replace("\r\n", "\n")).contains(String.join("\n",
                "X-NEEDLE-OFFER:sourdough baking",
                "X-NEEDLE-OFFER:kubernetes",
                "X-NEEDLE-OFFER:accounting"));
    }
}
