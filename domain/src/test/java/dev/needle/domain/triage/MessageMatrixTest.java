package dev.needle.domain.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/** Issue 15, section 6: the message matrix is in docs/messages.md, current, and clean under LanguageTool. */
class MessageMatrixTest {

    @Test
    void everyGroundHasMessages() {
        assertThat(MessageMatrix.grounds()).containsAll(Arrays.stream(Ground.values()).map(Enum::name).toList());
    }

    @Test
    void docsMessagesIsCurrent() throws IOException {
        Path file = docs().resolve("messages.md");
        String expected = MessageMatrix.markdown();
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/messages.md was stale and has been rewritten; review and commit it").isEqualTo(expected);
    }

    @Test
    void everyMessageAndQuestionPassesLanguageTool() throws IOException {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        for (Rule rule : tool.getAllRules()) {
            if (rule instanceof SpellingCheckRule) {
                tool.disableRule(rule.getId()); // names would be flagged
            }
        }
        // A day and weekday come from java.time together; the rule guesses the year and got it wrong.
        tool.disableRule("EN_DATE_WEEKDAY_CURRENTYEAR");
        List<String> problems = new ArrayList<>();
        for (String sentence : MessageMatrix.allSentences()) {
            for (RuleMatch match : tool.check(sentence)) {
                problems.add(match.getRule().getId() + " at " + match.getFromPos() + ": " + match.getMessage() + "\n    in: " + sentence);
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("docs")) ? here : here.getParent();
        return root.resolve("docs");
    }
}
