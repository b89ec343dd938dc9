package dev.needle.app;

import dev.needle.domain.Teammate;
import java.util.Optional;

/**
 * What counts as a person's name when someone types one (at the "who are you?" question, in {@code --me},
 * {@code NEEDLE_ME}, {@code me:} or {@code needle team add}): one line, a few words, letters first. A
 * sentence typed by mistake is refused rather than becoming somebody.
 */
final class PersonName {
    /** "Maria de la Cruz Lopez": five words cover the long names people go by. */
    private static final int MAX_WORDS = 5;

    private PersonName() {
    }

    /** Why {@code typed} is no name, in the user's words; empty when it is one. */
    static Optional<String> problem(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("a name is one line of plain text, without control characters");
        }
        if (name.length() > Teammate.MAX_NAME) {
            return Optional.of("a name is at most " + Teammate.MAX_NAME + " characters");
        }
        if (!Character.isLetter(name.codePointAt(0))) {
            return Optional.of("a name starts with a letter");
        }
        if (name.split("\\s+").length > MAX_WORDS || name.matches(".*[?!;:,\"<>{}\\[\\]()|*=+#/\\\\].*")) {
            return Optional.of("that looks like a sentence; type just the name, like Ana Lima");
        }
        return Optional.empty();
    }
}
