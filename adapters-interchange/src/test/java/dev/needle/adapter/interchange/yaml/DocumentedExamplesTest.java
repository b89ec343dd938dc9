package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.Budget;
import dev.needle.domain.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every YAML example in docs/yaml-format.md reads without error, so the documentation cannot drift. */
class DocumentedExamplesTest {
    private static final Path DOC = Path.of("..", "docs", "yaml-format.md");

    private static List<String> examples() throws IOException {
        Matcher blocks = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }

    @Test
    void thePlanConfigAndBackupExamplesRead() throws IOException {
        NeedleYaml yaml = new NeedleYaml();
        List<String> examples = examples();

        assertThat(examples).hasSize(3);
        PlanFile plan = (PlanFile) yaml.read("plan", examples.get(0).getBytes(StandardCharsets.UTF_8));
        assertThat(plan.plan().needs()).hasSize(3);
        assertThat(plan.triage()).isPresent();
        assertThat(plan.plan().people()).extracting(p -> p.name()).containsExactly("Bob");
        NeedleConfig config = yaml.readConfig("config", examples.get(1).getBytes(StandardCharsets.UTF_8));
        assertThat(config.triage().strongFit()).isEqualTo(70);
        assertThat(config.budget()).contains(new Budget(180, Money.parse("25.00")));
        BackupFile backup = (BackupFile) yaml.read("backup", examples.get(2).getBytes(StandardCharsets.UTF_8));
        assertThat(backup.backup().size()).isEqualTo(9);
        assertThat(backup.backup().privateNotes()).extracting(Backup.AuthoredNote::author).containsExactly("Alice");
        assertThat(backup.backup().people()).extracting(p -> p.name()).containsExactly("Alice", "Bob");
    }
}
