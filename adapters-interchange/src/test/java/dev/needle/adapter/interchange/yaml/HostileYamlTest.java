package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
    void aListWhereAKeyBelongsIsRefusedInPlainWords() {
        String text = "needle: plan\nformat: 1\n? [a, b]\n: c\n";

        assertThatThrownBy(() -> read(text)).isInstanceOf(YamlFileException.class)
                .hasMessage("plan.yaml, line 3: a list or a mapping where a key belongs; a key is plain text");
    }
}
