package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Files built to hurt the YAML reader are refused in one line naming the line, in the user's words. */
class HostileYamlTest {
    private final NeedleYaml yaml = new NeedleYaml();

    private void read(String text) {
        yaml.read("plan.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void listsNestedThousandsDeepAreRefusedNamingTheLine() {
        String deep = "needle: plan\nformat: 1\nneeds: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";

        assertThatThrownBy(() -> read(deep)).isInstanceOf(YamlFileException.class)
                .hasMessage("plan.yaml, line 3: lists or keys nested more than 64 deep; Needle's files nest a few levels");
    }

    @Test
    void mappingsNestedThousandsDeepAreRefusedTheSameWay() {
        StringBuilder deep = new StringBuilder("needle: plan\nformat: 1\nneeds:\n");
        for (int level = 1; level <= 1_100; level++) {
            deep.append(" ".repeat(level)).append("k:\n");
        }

        assertThatThrownBy(() -> read(deep.toString())).isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("plan.yaml, line ").hasMessageEndingWith(": lists or keys nested more than 64 deep;"
                        + " Needle's files nest a few levels");
    }

    @Test
    void aLineOfMegabytesIsRefusedBeforeTheParserSpendsMinutesOnIt() {
        String text = "needle: plan\r\nformat: 1\r\nneeds:\r\n  - title: +49 30 1234" + "\"".repeat(5_600_000) + "\r\n";

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(text)))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("plan.yaml, line 4: a line longer than 500,000 characters; Needle's files never hold one that long");
    }

    @Test
    void anUnknownKeyWithALineBreakInItIsNamedOnOneLine() {
        String text = "needle: plan\nformat: 1\n\"bad\\nkey\": 1\n";

        assertThatThrownBy(() -> read(text)).isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("plan.yaml, line 3: unknown key 'bad key' at the top level;");
    }

    @Test
    void aListWhereAKeyBelongsIsRefusedInPlainWords() {
        String text = "needle: plan\nformat: 1\n? [a, b]\n: c\n";

        assertThatThrownBy(() -> read(text)).isInstanceOf(YamlFileException.class)
                .hasMessage("plan.yaml, line 3: a list or a mapping where a key belongs; a key is plain text");
    }
}
