package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever bytes arrive, reading ends in a document or in a YamlFileException, never another exception. */
class YamlFuzzTest {
    private static final String VALID = """
            needle: backup
            format: 1
            needs:
              - id: 2
                version: 1
                title: Introduction at Acme
                kind: introduction
                targets:
                  - company: Acme
                priority: 1
                status: open
            contacts:
              - id: 10
                version: 3
                name: Ana Lima
                emails: [ana@example.org]
                rapport: 5
                stage: met
                next-follow-up: 2026-12-01
                met: {event: 3, on: 2026-01-02}
            budget:
              weekly-hours: 4
              monthly-money: "40.00"
            """;

    private final NeedleYaml yaml = new NeedleYaml();

    private void readsOrRefuses(byte[] content) {
        try {
            assertThat(yaml.read("fuzz.yaml", content)).isNotNull();
        } catch (YamlFileException refused) {
            assertThat(refused.getMessage()).startsWith("fuzz.yaml").doesNotContain("\n");
        }
    }

    @Property(tries = 500)
    void arbitraryBytesAreReadOrRefused(@ForAll byte[] content) {
        readsOrRefuses(content);
    }

    @Property(tries = 1000)
    void aValidFileWithOneCharacterChangedIsReadOrRefused(@ForAll @IntRange(min = 0, max = 600) int at,
                                                          @ForAll("edits") String edit, @ForAll boolean replace) {
        int position = Math.min(at, VALID.length() - 1);
        String mutated = VALID.substring(0, position) + edit + VALID.substring(replace ? position + 1 : position);
        readsOrRefuses(mutated.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> edits() {
        return Arbitraries.oneOf(Arbitraries.of("", ":", "-", " ", "\n", "\t", "[", "]", "{", "}", "'", "\"", "!", "&a",
                        "*a", "#", "|", ">", "%", "@", "`", "?", ",", "9", "-1", "x", "\u0000", "\uFEFF", "é"),
                Arbitraries.strings().ofMaxLength(4));
    }
}
