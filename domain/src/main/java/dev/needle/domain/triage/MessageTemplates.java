package dev.needle.domain.triage;

import dev.needle.domain.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suggested message for each recommendation. Templates may use {first}, {name}, {channel},
 * {need} and {help}; any other placeholder is refused when the templates are loaded, not when a
 * message is about to be sent.
 */
public record MessageTemplates(Map<Recommendation, String> byRecommendation) {
    public static final Set<String> PLACEHOLDERS = Set.of("first", "name", "channel", "need", "help");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public MessageTemplates {
        EnumMap<Recommendation, String> copy = new EnumMap<>(Recommendation.class);
        copy.putAll(byRecommendation);
        for (Recommendation recommendation : Recommendation.values()) {
            String template = copy.get(recommendation);
            String field = "templates." + recommendation.name().toLowerCase(java.util.Locale.ROOT);
            if (template == null || template.isBlank()) {
                throw new InvalidValueException(field, "The message template for \"" + recommendation.headline() + "\" is missing.");
            }
            Matcher matcher = PLACEHOLDER.matcher(template);
            while (matcher.find()) {
                if (!PLACEHOLDERS.contains(matcher.group(1))) {
                    throw new InvalidValueException(field, "Unknown placeholder {" + matcher.group(1)
                            + "}; use {first}, {name}, {channel}, {need} or {help}.");
                }
            }
        }
        byRecommendation = Map.copyOf(copy);
    }

    public static MessageTemplates defaults() {
        return new MessageTemplates(Map.of(
                Recommendation.MEET_IN_PERSON,
                "Hi {first}, thanks for reaching out. I would be glad to meet in person; which day next week works for you?",
                Recommendation.TARGETED_ALTERNATIVE,
                "Hi {first}, thanks for getting in touch. My calendar is full for in-person meetings right now, "
                        + "but I would like to hear more. Could we do a short {channel} instead?",
                Recommendation.HELP_THEM,
                "Hi {first}, I would be happy to help with {help}. Let us set up a quick {channel} and I will share what I know.",
                Recommendation.DECLINE_KINDLY,
                "Hi {first}, thank you for thinking of me. I am keeping my time focused on a few priorities at the moment, "
                        + "so I will not set up a meeting, but I enjoyed our conversation and wish you well."));
    }

    public MessageTemplates with(Recommendation recommendation, String template) {
        EnumMap<Recommendation, String> copy = new EnumMap<>(byRecommendation);
        copy.put(recommendation, template);
        return new MessageTemplates(copy);
    }

    /** Fills the template; a value that is missing leaves a neutral word rather than a raw brace. */
    public String render(Recommendation recommendation, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(byRecommendation.get(recommendation));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.isEmpty() ? fallback(matcher.group(1)) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String fallback(String placeholder) {
        return switch (placeholder) {
            case "first", "name" -> "there";
            case "channel" -> "call";
            case "help" -> "what you are working on";
            default -> "what I am working on";
        };
    }
}
