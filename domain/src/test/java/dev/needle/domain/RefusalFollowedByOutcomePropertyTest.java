package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the domain refuses, its message followed by what became of the work ("nothing imported")
 * reads as clean sentences: no ".;", ". ." or ".." outside the quoted value the user wrote.
 */
class RefusalFollowedByOutcomePropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final List<Consumer<String>> PARSERS = List.of(Money::parse, Cadence::parse,
            text -> DateInput.parse(text, TODAY), text -> DateInput.parseGone(text, TODAY), TimeInput::parse,
            EventTime::read, Tag::of, WeeklyHours::minutes, text -> TypedMinutes.inField("minutes", text),
            text -> TravelMinutes.inField("travel", text));

    @Property(tries = 400)
    void everyRefusalThenTheOutcomeReadsAsSentences(@ForAll("typed") String typed,
                                                   @ForAll("outcomes") String outcome) {
        for (Consumer<String> parser : PARSERS) {
            refusal(parser, typed).ifPresent(message -> {
                String line = English.followedBy(message, outcome);
                String words = line.replaceAll("\"[^\"]*\"", "\"value\"");
                assertThat(words).as(line).doesNotContain(".;", ". .", "..", ";;", "; ;");
                assertThat(line.toLowerCase(java.util.Locale.ROOT)).as(message).contains(outcome);
            });
        }
    }

    @Property
    void aClauseIsJoinedWithASemicolonAndASentenceWithASentence(@ForAll("outcomes") String outcome) {
        assertThat(English.followedBy("the header is missing", outcome)).isEqualTo("the header is missing; " + outcome);
        assertThat(English.followedBy("An amount cannot be negative.", outcome))
                .isEqualTo("An amount cannot be negative. " + English.sentence(English.capitalized(outcome)));
    }

    private static Optional<String> refusal(Consumer<String> parser, String typed) {
        try {
            parser.accept(typed);
            return Optional.empty();
        } catch (InvalidValueException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789$€,.-+: abcdhmwxyz").ofMaxLength(12),
                Arbitraries.of("$150x", "-4", "1..2", "99:99", "feb 30", "2026-13-01", "every blue moon", "."));
    }

    @Provide
    Arbitrary<String> outcomes() {
        return Arbitraries.of("nothing imported", "nothing was imported", "nothing was changed", "nothing added");
    }
}
