package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Contact;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A backup written as it is read, its contacts in pages of any size, is byte for byte the file the
 * whole backup written as one document gives (as every export was written before), and counts the
 * same records as it goes.
 */
class YamlBackupWriterTest {
    @Property(tries = 60)
    void writtenInPartsItIsTheFileTheWholeDocumentGives(@ForAll long seed, @ForAll("texts") List<String> texts)
            throws IOException {
        Backup backup = new GeneratedBackups(seed, texts).backup();
        if (seed % 2 == 0 && !backup.contacts().isEmpty()) {
            backup = backup.withPrivateNotes(List.of(new Backup.AuthoredNote(backup.contacts().get(0).id(), "Ana",
                    "only hers", LocalDateTime.of(2026, 3, 18, 9, 30))));
        }
        List<Long> wholeCounts = new ArrayList<>();
        String whole = asOneDocument(backup, wholeCounts::add);

        List<Long> partCounts = new ArrayList<>();
        StringWriter parts = new StringWriter();
        YamlBackupWriter writer = new NeedleYaml().backupWriter(parts, partCounts::add);
        writer.head(backup.withContacts(List.of()));
        Random pages = new Random(seed);
        List<Contact> left = backup.contacts();
        while (!left.isEmpty()) {
            int size = Math.min(left.size(), pages.nextInt(3));
            writer.contacts(left.subList(0, size));
            left = left.subList(size, left.size());
        }
        writer.finish(backup.withContacts(List.of()));

        assertThat(parts.toString()).isEqualTo(whole);
        assertThat(partCounts).isEqualTo(wholeCounts);
    }

    /** Awkward texts: quotes, line breaks, emoji, Devanagari, leading zeros, texts that look like dates. */
    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> awkward = Arbitraries.of("null", "~", "yes", "- item", "key: value", "# not", "'single'",
                "\"double\"", "0042", "007", "1.50", "2026-03-18", "2026-03-18T09:30", "2026-13-45 x", "नमस्ते दुनिया",
                "🙂 emoji", "first line\nsecond line", "trailing \nspace", "tab\there", "", "a: b: c", "José Ñúñez");
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(20)
                .filter(s -> s.codePoints().allMatch(c -> !Character.isISOControl(c) && Character.isDefined(c)
                        && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.PRIVATE_USE));
        return Arbitraries.oneOf(awkward, unicode).list().ofMinSize(1).ofMaxSize(12);
    }

    /** How the export wrote a backup before it was written in parts: one document through one generator. */
    private static String asOneDocument(Backup backup, java.util.function.LongConsumer counts) throws IOException {
        StringWriter out = new StringWriter();
        if (!backup.privateNotes().isEmpty()) {
            out.write(NeedleYaml.TEAM_BACKUP_HEADER);
        }
        ObjectMapper mapper = YamlMappers.create();
        try (BlockYamlGenerator generator = new BlockYamlGenerator(out, mapper, 0, counts)) {
            mapper.writeValue(generator, BackupDoc.of(backup));
        }
        return out.toString();
    }
}
