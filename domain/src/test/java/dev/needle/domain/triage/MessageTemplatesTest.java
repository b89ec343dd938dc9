package dev.needle.domain.triage;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {
    private final MessageTemplates defaults = MessageTemplates.defaults();

    @Test
    void refusesAnUnknownPlaceholderWhenLoaded() {
        assertRefused(() -> defaults.with(Recommendation.HELP_THEM, "Hi {firstname}"), "templates.help_them",
                "Unknown placeholder {firstname}; use {first}, {name}, {channel}, {a_channel}, {need}, {help}, {event}, "
                        + "{hello}, {warmth}, {why}, {offer} or {ask}.");
        assertRefused(() -> defaults.with(Recommendation.MEET_IN_PERSON, "Hi {}"), "templates.meet_in_person", "Unknown placeholder {}");
    }

    @Test
    void refusesAMissingTemplate() {
        assertRefused(() -> new MessageTemplates(Map.of(Recommendation.MEET_IN_PERSON, "Hi")), "templates.targeted_alternative",
                "The message template for \"Suggest a call or email instead\" is missing.");
        assertRefused(() -> defaults.with(Recommendation.DECLINE_KINDLY, " "), "templates.decline_kindly", "is missing");
    }

    @Test
    void fillsEveryPlaceholder() {
        MessageTemplates templates = defaults.with(Recommendation.HELP_THEM, "{first}/{name}/{channel}/{need}/{help}");
        assertThat(templates.render(Recommendation.HELP_THEM, Map.of("first", "Dana", "name", "Dana Whitfield",
                "channel", "video call", "need", "leads", "help", "ux designer")))
                .isEqualTo("Dana/Dana Whitfield/video call/leads/ux designer");
    }

    @Test
    void aMissingValueLeavesANeutralWordNotABrace() {
        MessageTemplates templates = defaults.with(Recommendation.HELP_THEM, "Hi {first}, a {channel} about {help} and {need}");
        assertThat(templates.render(Recommendation.HELP_THEM, Map.of()))
                .isEqualTo("Hi there, a call about what you are working on and what I am working on");
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertThat(defaults.render(Recommendation.MEET_IN_PERSON, Map.of("first", "$1 \\o/", "hello", "thanks.")))
                .startsWith("Hi $1 \\o/, thanks.");
    }

    @Test
    void anEmptySentenceLeavesNoGap() {
        assertThat(defaults.render(Recommendation.DECLINE_KINDLY, Map.of("first", "Sam", "hello", "thank you.",
                "ask", "All the best."))).isEqualTo("Hi Sam, thank you. All the best.");
    }
}
