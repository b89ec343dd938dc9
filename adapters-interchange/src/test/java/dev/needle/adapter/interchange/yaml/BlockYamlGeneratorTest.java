package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.EventTime;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The backup's own YAML writer: any text, as a value, a key, a list item or a multi-line note, reads
 * back through Jackson's YAML parser (SnakeYAML underneath, as Needle reads files) as the same text.
 */
class BlockYamlGeneratorTest {
    /** Needle's mapper, keeping empty values: the backup leaves them out, but a text may be empty. */
    private final ObjectMapper mapper = YamlMappers.create().copy()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));

    @Property(tries = 2000)
    void everyTextReadsBackUnchangedWhereverItIsWritten(@ForAll("texts") String text) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("value", text);
        document.put("items", List.of(text, "after"));
        document.put("nested", Map.of(text.isEmpty() ? "empty" : text, text));
        document.put("records", List.of(Map.of("note", text), Map.of("note", text)));

        String yaml = write(document);

        assertThat(read(yaml)).as("written as:%n%s", yaml).isEqualTo(document);
    }

    @Property(tries = 300)
    void lineAfterLineReadsBackUnchanged(@ForAll("multiLine") String text) throws IOException {
        Map<String, Object> document = Map.of("notes", List.of(Map.of("text", text, "after", "x")));
        String yaml = write(document);
        assertThat(read(yaml)).as("written as:%n%s", yaml).isEqualTo(document);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> awkward = Arbitraries.of("", " ", "null", "Null", "NULL", "~", "true", "False", "yes", "NO",
                "on", "Off", "y", "n", "- item", "-", "--- doc", "...", "key: value", "key:", "a:b", "# not a comment",
                "a #b", "a#b", "'single'", "\"double\"", "it's", "123", "-5", "+5", "1.50", ".5", "1e3", "0x1F", "0o17",
                "1_000", ".inf", "-.inf", ".nan", "2024-01-01", "2024-1-1", "12:30", "漢字 テスト", "🙂 emoji", "a\tb",
                "first line\nsecond line", "trailing\n\nblank lines", "ends with newline\n", "\nstarts with one",
                "line \nspace before break", "  indented\nnext", "crlf\r\nline", "!tag", "*alias", "&anchor", "@at",
                "`tick", "%percent", "{braces}", "[brackets]", "a, b", "|", ">", "?", "? x", ":", "\\back\\slash",
                "nel\u0085x", "ls\u2028x", "bom\uFEFF", "\uFEFFbom", "nbsp\u00A0", "\u00A0lead", "del\u007F",
                "c1\u0080", "esc\u001B[31m", "nul\u0000", "\uD800lone", "lone\uDC00", "Müller-Lüdenscheidt");
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> controlsAndIndicators = Arbitraries.strings()
                .withChars("\u0000\u0001\t\n\r\u001F \"'#:-?,[]{}&*!|>%@`~\\\u0085\u2028\u2029\uFEFF")
                .withCharRange('a', 'c').withCharRange('0', '2').ofMaxLength(10);
        Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30);
        Arbitrary<String> scripts = Arbitraries.strings().withCharRange('\u4E00', '\u4E20').withCharRange('а', 'я')
                .withChars("🙂👍🏽é ").ofMaxLength(10);
        return Arbitraries.oneOf(awkward, anyChars, controlsAndIndicators, words, scripts);
    }

    @Provide
    Arbitrary<String> multiLine() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(15),
                Arbitraries.of("", " ", "  indented", "# hash", "- dash", "key: v", "漢字", "tab\tin", "cr\r"));
        return Combinators.combine(line, line.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("", "\n", "\n\n"))
                .as((first, rest, end) -> first + "\n" + String.join("\n", rest) + end);
    }

    @Example
    void writesTheLayoutJacksonsYamlGeneratorWrites() throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("needle", "backup");
        document.put("format", 1);
        document.put("contacts", List.of(
                ordered("id", 7, "tags", List.of("a", "b")),
                Map.of("notes", "two\nlines")));
        document.put("empty-list", List.of());
        document.put("empty-map", Map.of());
        document.put("nested", List.of(List.of("x", "y"), List.of()));
        document.put("on", "2026-03-18");

        assertThat(write(document)).isEqualTo("""
                needle: backup
                format: 1
                contacts:
                  - id: 7
                    tags:
                      - a
                      - b
                  - notes: |-
                      two
                      lines
                empty-list: []
                empty-map: {}
                nested:
                  -
                    - x
                    - "y"
                  - []
                "on": 2026-03-18
                """);
    }

    /**
     * Same bytes as before this writer existed, for backups of ordinary text: exports stay diffable.
     * Events are all day here: times came after this writer, which quotes "19:00" where Jackson left it
     * plain (YAML 1.1 reads a plain 19:00 as the number 1140).
     */
    @Property(tries = 50)
    void writesABackupOfOrdinaryTextByteForByteAsJacksonDid(@ForAll long seed, @ForAll("ordinaryTexts") List<String> texts)
            throws IOException {
        NeedleYaml yaml = new NeedleYaml();
        var generated = new GeneratedBackups(seed, texts).backup();
        var backup = new Backup(generated.directions(), generated.needs(), generated.contacts(),
                generated.events().stream().map(e -> e.at(EventTime.ALL_DAY)).toList(), generated.interactions(),
                generated.meetingRequests(), generated.budget(), generated.cadences(), generated.authors(),
                generated.privateNotes(), generated.people());
        StringWriter ours = new StringWriter();
        yaml.writeBackup(backup, ours);

        assertThat(ours.toString()).isEqualTo(YamlMappers.create().writeValueAsString(BackupDoc.of(backup)));
    }

    @Provide
    Arbitrary<List<String>> ordinaryTexts() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withChars("éøß漢字Жж").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
        Arbitrary<String> lines = sentence.list().ofMinSize(2).ofMaxSize(3).map(l -> String.join("\n", l))
                .filter(text -> text.length() <= 40); // the shortest field (a phone) takes 40 characters
        return Arbitraries.oneOf(sentence, sentence, lines).list().ofMinSize(1).ofMaxSize(8);
    }

    @Example
    void countsTheItemsOfTopLevelListsAsTheyAreWritten() throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("needle", "backup");
        document.put("needs", List.of(ordered("id", 1, "targets", List.of(Map.of("company", "X"))), Map.of("id", 2)));
        document.put("contacts", List.of(Map.of("id", 3)));
        document.put("budget", Map.of("weekly", 60));
        List<Long> counts = new ArrayList<>();

        StringWriter out = new StringWriter();
        try (BlockYamlGenerator generator = new BlockYamlGenerator(out, mapper, 0, counts::add)) {
            mapper.writeValue(generator, document);
        }

        assertThat(counts).containsExactly(1L, 2L, 3L);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private String write(Object document) throws IOException {
        StringWriter out = new StringWriter();
        try (BlockYamlGenerator generator = new BlockYamlGenerator(out, mapper, 0, written -> { })) {
            mapper.writeValue(generator, document);
        }
        return out.toString();
    }

    private Map<String, Object> read(String yaml) throws IOException {
        return mapper.readValue(yaml, new TypeReference<>() { });
    }
}
