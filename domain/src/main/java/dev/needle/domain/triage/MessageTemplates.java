package dev.needle.domain.triage;

import dev.needle.domain.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of the suggested message for each recommendation; {@link MessageComposer} fills it from
 * the case. Placeholders (documented for users in docs/yaml-format.md):
 * <ul>
 *   <li>{first}, {name}: their first name, their full name;</li>
 *   <li>{channel}: the channel proposed ("call"); {a_channel}: with its article ("a call", "an email");</li>
 *   <li>{need}: the need it serves, in words ("an introduction to someone at XYZ Corp");</li>
 *   <li>{help}: what they look for that you can give ("SQL tutoring");</li>
 *   <li>{event}: the event where you met;</li>
 *   <li>whole sentences, empty when there is nothing true to say: {hello} (thanks or greeting, fitting who
 *       asked), {warmth} (only where rapport is real), {why} (the reason that decided, and no other),
 *       {offer} (what you can give them), {ask} (the proposal, on the channel proposed).</li>
 * </ul>
 * Any other placeholder is refused when the templates are loaded, not when a message is about to be sent.
 */
public record MessageTemplates(Map<Recommendation, String> byRecommendation) {
    public static final Set<String> PLACEHOLDERS = Set.of("first", "name", "channel", "a_channel", "need", "help",
            "event", "hello", "warmth", "why", "offer", "ask");
    /** Sentences that may be empty; the others fall back to a neutral word when their value is missing. */
    private static final Set<String> SENTENCES = Set.of("hello", "warmth", "why", "offer", "ask", "event", "a_channel");
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
                            + "}; use {first}, {name}, {channel}, {a_channel}, {need}, {help}, {event}, {hello}, "
                            + "{warmth}, {why}, {offer} or {ask}.");
                }
            }
        }
        byRecommendation = Map.copyOf(copy);
    }

    public static MessageTemplates defaults() {
        return new MessageTemplates(Map.of(
                Recommendation.MEET_IN_PERSON, "Hi {first}, {hello} {warmth} {why} {offer} {ask}",
                Recommendation.TARGETED_ALTERNATIVE, "Hi {first}, {hello} {warmth} {why} {offer} {ask}",
                Recommendation.HELP_THEM, "Hi {first}, {hello} {warmth} {offer} {ask}",
                Recommendation.DECLINE_KINDLY, "Hi {first}, {hello} {why} {warmth} {ask}"));
    }

    public MessageTemplates with(Recommendation recommendation, String template) {
        EnumMap<Recommendation, String> copy = new EnumMap<>(byRecommendation);
        copy.put(recommendation, template);
        return new MessageTemplates(copy);
    }

    /**
     * Fills the template; a word that is missing leaves a neutral word rather than a raw brace, a
     * sentence that is missing leaves nothing, and the spaces it leaves are closed up.
     */
    public String render(Recommendation recommendation, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(byRecommendation.get(recommendation));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.getOrDefault(name, "");
            String filled = value.isEmpty() && !SENTENCES.contains(name) ? fallback(name) : value;
            matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" +([.,;:!?])", "$1").strip();
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
