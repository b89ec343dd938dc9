package dev.needle.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a message speaks for: "I" for a person (a job search, a freelancer's business), "we" for a
 * team's business. A message from a one-person business saying "we are looking for an introduction"
 * reads false to whoever receives it, so a business plan's own words decide: the plan says "I" and
 * "my", or calls the business freelance or solo, and the messages say "I" too.
 */
public enum Voice {
    I("I am", "I", "my"),
    WE("We are", "we", "our");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> SINGULAR = Set.of("i", "i'm", "i've", "i'll", "i'd", "my", "me", "mine", "myself");
    private static final Set<String> PLURAL = Set.of("we", "we're", "we've", "we'll", "we'd", "our", "us", "ours",
            "ourselves");
    /** Words that say one person runs the business, when the plan names no pronoun. */
    private static final Pattern ALONE = Pattern.compile(
            "(?i)\\b(freelanc\\w*|solo|sole (trader|proprietor\\w*)|one-(person|man|woman)|self-employed|independent)\\b");

    private final String whoIsLooking;
    private final String subject;
    private final String possessive;

    Voice(String whoIsLooking, String subject, String possessive) {
        this.whoIsLooking = whoIsLooking;
        this.subject = subject;
        this.possessive = possessive;
    }

    /**
     * The voice of a direction: a job search (or another personal direction) speaks as "I"; a business
     * as the plan speaks ("I" more than "we", or freelance, solo, self-employed), else as "we".
     */
    public static Voice of(DirectionKind kind, String statement) {
        if (kind != DirectionKind.BUSINESS) {
            return I;
        }
        int singular = 0;
        int plural = 0;
        Matcher words = WORD.matcher(statement == null ? "" : statement.replace('’', '\''));
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            singular += SINGULAR.contains(word) ? 1 : 0;
            plural += PLURAL.contains(word) ? 1 : 0;
        }
        if (singular != plural) {
            return singular > plural ? I : WE;
        }
        return statement != null && ALONE.matcher(statement).find() ? I : WE;
    }

    public static Voice of(Direction direction) {
        return of(direction.kind(), direction.statement());
    }

    /** Who is looking, to start a sentence: "I am", "We are". */
    public String whoIsLooking() {
        return whoIsLooking;
    }

    /** "I" or "we", inside a sentence. */
    public String subject() {
        return subject;
    }

    /** "my" or "our". */
    public String possessive() {
        return possessive;
    }
}
