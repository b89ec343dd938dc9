package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.Backup;
import dev.needle.application.service.ExportBackupService;
import dev.needle.application.service.RestoreBackupService;
import dev.needle.application.service.fake.Fakes;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Export to YAML, read it back, restore into an empty database: every record comes back exactly. */
class YamlBackupRoundTripTest {
    private final NeedleYaml yaml = new NeedleYaml();

    @Property(tries = 200)
    void everyRecordSurvivesExportAndRestore(@ForAll long seed, @ForAll("texts") List<String> texts) {
        Backup original = new GeneratedBackups(seed, texts).backup();
        StringWriter out = new StringWriter();
        yaml.writeBackup(original, out);

        BackupFile read = (BackupFile) yaml.read("backup.yaml", out.toString().getBytes(StandardCharsets.UTF_8));
        Fakes db = new Fakes();
        new RestoreBackupService(db.directions, db.needs, db.contacts, db.events, db.interactions, db.requests,
                db.budget, db.ids, db.transactions).restore(read.backup(), false);
        Backup restored = new ExportBackupService(db.directions, db.needs, db.contacts, db.events, db.interactions,
                db.requests, db.budget, db.transactions).exportBackup();

        assertThat(restored).usingRecursiveComparison().isEqualTo(original);
        assertThat(restored).isEqualTo(original);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> awkward = Arbitraries.of("null", "~", "true", "yes", "No", "- item", "key: value", "# not a comment",
                "'single'", "\"double\"", "123", "1.50", "0x1F", "2024-01-01", "José Ñúñez", "漢字 テスト", "🙂 emoji",
                "first line\nsecond line", "trailing\n\nblank lines", "!tag", "*alias", "&anchor", "@at", "`tick",
                "%percent", "{braces}", "[brackets]", "a, b", "tab\there", "|", ">", "");
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(20)
                .filter(s -> s.codePoints().allMatch(c -> !Character.isISOControl(c) && Character.isDefined(c)
                        && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.PRIVATE_USE));
        return Arbitraries.oneOf(awkward, plain, unicode).list().ofMinSize(1).ofMaxSize(12);
    }
}
