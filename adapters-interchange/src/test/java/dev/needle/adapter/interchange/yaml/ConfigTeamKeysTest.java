package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: {@code me: NAME}, {@code me: {name, addresses}} and {@code team: {keys}} are known parts of the
 * configuration file (the application reads them itself), so a file that sets them still starts Needle.
 */
class ConfigTeamKeysTest {
    private final NeedleYaml yaml = new NeedleYaml();

    private NeedleConfig read(String text) {
        return yaml.readConfig("config.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void meAsANameAsAMappingAndTheTeamKeysAreAccepted() {
        assertThat(read("me: Bob\n").triage().strongFit()).isPositive();
        assertThat(read("me:\n  name: Bob\n  addresses: [bob@example.org]\n").budget()).isEmpty();
        assertThat(read("me:\n  addresses: [bob@example.org]\n").budget()).isEmpty();
        assertThat(read("team:\n  keys:\n    \"SHA256:abc\": Bob\n").budget()).isEmpty();
    }

    @Test
    void anUnknownKeyUnderTeamIsRefusedByName() {
        assertThatThrownBy(() -> read("team:\n  people: [Bob]\n"))
                .isInstanceOf(YamlFileException.class)
                .hasMessageContaining("unknown key 'people' in team");
    }
}
