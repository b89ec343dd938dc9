package dev.needle.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name in its parts, as address books keep it (vCard's N): honorific prefix, given, middle, family
 * and suffix. Kept as the source gave it, so "Mr. Michael Angstadt Jr." comes back with "Angstadt" as
 * the family name. {@link #EMPTY} when a source gave no parts; {@link #guessFrom} derives them only then.
 * A part may hold several values (two prefixes, "Mr., Dr."), joined with ", "; a comma inside one
 * value is written "\\," so that it stays one ("Richter\\, James").
 */
public record PersonName(String prefix, String given, String middle, String family, String suffix) {
    public static final PersonName EMPTY = new PersonName("", "", "", "", "");

    private static final Set<String> PREFIXES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
            "rev", "fr", "hon", "herr", "frau", "mme", "mlle", "rabbi");
    /**
     * Titles that are also names or words when written out ("Gen", "Sen", "Don"), so a title only with
     * its dot: German and Austrian, Romance, Dutch and Polish forms, and ranks.
     */
    private static final Set<String> ABBREVIATED = Set.of("mag", "mmag", "ing", "dkfm", "ddr", "doz", "hr",
            "sr", "sra", "srta", "dra", "lic", "arq", "eng", "dott", "avv", "sig", "dhr", "mevr", "drs", "ir", "mgr",
            "capt", "col", "gen", "lt", "sgt", "maj", "cmdr", "adm", "sen", "rep", "gov", "amb", "atty");
    /**
     * Titles written in capitals without a dot, a title only as typed ("Di" is a given name): the
     * Austrian Diplom-Ingenieur, and the grade of a university of applied sciences that may follow it.
     */
    private static final Set<String> CAPITAL_TITLES = Set.of("DI", "DDI", "(FH)");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md", "mba",
            "msc", "bsc", "ba", "ma", "cpa", "pmp", "phr", "shrm-cp", "cfa", "dds", "rn", "peng", "mphil", "llm", "jd");
    /** The small words that begin a family name: "van der Berg", "de Sousa", "von Trapp", "dos Santos". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
            "do", "dos", "das", "du", "des", "la", "le", "ter", "ten", "zu", "af", "av", "bin", "ibn", "al", "el");
    /** Pronouns as people add them to a display name: "(she/her)", "he/him". */
    private static final Pattern PRONOUNS = Pattern.compile("\\(?\\b\\p{L}+/\\p{L}+(/\\p{L}+)?\\b\\)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The longest suffix a name has ("MSc, MBA, PHR", "(they/them)"). */
    private static final int MOST_SUFFIX = 100;

    public PersonName {
        prefix = Check.optional("name prefix", prefix, 100);
        given = Check.optional("given name", given, 200);
        middle = Check.optional("middle name", middle, 200);
        family = Check.optional("family name", family, 200);
        suffix = Check.optional("name suffix", suffix, MOST_SUFFIX);
    }

    public boolean isEmpty() {
        return prefix.isEmpty() && given.isEmpty() && middle.isEmpty() && family.isEmpty() && suffix.isEmpty();
    }

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, a few milliseconds of every start (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName name && name.prefix.equals(prefix) && name.given.equals(given)
                && name.middle.equals(middle) && name.family.equals(family) && name.suffix.equals(suffix);
    }

    @Override
    public int hashCode() {
        return (((prefix.hashCode() * 31 + given.hashCode()) * 31 + middle.hashCode()) * 31 + family.hashCode()) * 31
                + suffix.hashCode();
    }

    /** The parts in reading order, one space apart: what a display name built from them says. */
    public String spoken() {
        List<String> parts = new ArrayList<>();
        for (String part : List.of(prefix, given, middle, family, suffix)) {
            if (!part.isEmpty()) {
                parts.add(part.replace("\\,", ","));
            }
        }
        return String.join(" ", parts);
    }

    /**
     * A display name as the person says it: "Østergaard, Søren" (as Outlook writes a From: header) is
     * "Søren Østergaard"; any other name, credentials after a comma included, stays as it was written.
     */
    public static String givenNameFirst(String displayName) {
        PersonName parts = guessFrom(displayName);
        String written = displayName == null ? "" : Check.collapseWhitespace(displayName.strip());
        boolean familyFirst = !parts.given().isEmpty() && !parts.family().isEmpty() && parts.suffix().isEmpty()
                && written.startsWith(parts.family() + ",");
        return familyFirst ? parts.spoken() : written;
    }

    private static boolean tooLong(String part) {
        return part.codePointCount(0, part.length()) > MOST_SUFFIX;
    }

    /**
     * The parts of a name typed as one line, for a source that gave none. Credentials after a comma
     * ("Rashmi Nayak, MSc, MBA") and pronouns ("(she/her)") are suffixes and never a family name; one
     * word, a comma and a name ("Lima, Ana") is the family name first; a
     * leading title ("Dr.") is a prefix; the last remaining word is the family name, the first the
     * given name, any between the middle name. A single word is a given name.
     */
    public static PersonName guessFrom(String displayName) {
        String rest = displayName == null ? "" : Check.collapseWhitespace(displayName.strip());
        if (rest.indexOf('@') >= 0 || rest.codePoints().noneMatch(Character::isLetter)) {
            return EMPTY; // an address or a number shown for want of a name has no parts to guess
        }
        List<String> pronouns = new ArrayList<>();
        // Every pronoun has a slash: a name without one (most) would come through both expressions unchanged.
        if (rest.indexOf('/') >= 0) {
            java.util.regex.Matcher found = PRONOUNS.matcher(rest);
            while (found.find()) {
                pronouns.add(found.group().strip());
            }
            rest = Check.collapseWhitespace(PRONOUNS.matcher(rest).replaceAll(" ").strip());
        }
        List<String> credentials = new ArrayList<>();
        String familyFirst = "";
        int comma = rest.indexOf(',');
        if (comma >= 0) {
            List<String> after = new ArrayList<>();
            for (String part : rest.substring(comma + 1).split(",")) {
                if (!part.isBlank()) {
                    after.add(part.strip());
                }
            }
            // "Lima, Ana" as address books and mail headers write it: the family name, then the given.
            if (!after.isEmpty() && !isCredential(after.get(0)) && rest.substring(0, comma).strip().indexOf(' ') < 0) {
                familyFirst = rest.substring(0, comma).strip();
                rest = after.remove(0);
            } else {
                rest = rest.substring(0, comma).strip();
            }
            credentials.addAll(after);
        }
        List<String> words = new ArrayList<>(List.of(rest.isEmpty() ? new String[0] : rest.split(" ")));
        List<String> titles = titlesTakenFrom(words, false);
        List<String> suffixes = new ArrayList<>();
        while (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
            suffixes.add(0, words.remove(words.size() - 1));
        }
        // A sentence after a comma ("Léa Dubois from the fair, the one with the blue jars…") is a note typed
        // into the name, not credentials: guessed as a suffix it was too long for one, and greeting failed.
        if (tooLong(String.join(", ", credentials))) {
            credentials.clear();
        }
        suffixes.addAll(credentials);
        suffixes.addAll(pronouns);
        if (tooLong(String.join(" ", titles)) || tooLong(String.join(", ", suffixes))) {
            return EMPTY; // no name has that many titles or credentials: no parts are guessed from it
        }
        // "van der Berg", "de Sousa": a name that starts with a particle typed small is a family name alone.
        if (familyFirst.isEmpty() && words.size() > 1 && PARTICLES.contains(words.get(0))
                && !rest.equals(rest.toLowerCase(java.util.Locale.ROOT))) {
            return new PersonName(String.join(" ", titles), "", "", String.join(" ", words), String.join(", ", suffixes));
        }
        // "Dr. Smith": after a title, one word is the family name, as it is said.
        String given = words.isEmpty() || !titles.isEmpty() && words.size() == 1 && familyFirst.isEmpty() ? ""
                : words.remove(0);
        String family = !familyFirst.isEmpty() ? familyFirst : words.isEmpty() ? "" : words.remove(words.size() - 1);
        return new PersonName(String.join(" ", titles), given, String.join(" ", words), family, String.join(", ", suffixes));
    }

    /** "MSc", "PhD", "MBA", "Jr.": a credential after a comma, not a given name ("Ana"). */
    private static boolean isCredential(String part) {
        String first = part.split(" ")[0];
        long capitals = first.chars().filter(Character::isUpperCase).count();
        return SUFFIXES.contains(bare(first)) || capitals >= 2 || PRONOUNS.matcher(part).find();
    }

    /**
     * A leading word that is a title: a known one, or an abbreviation joined from parts ("Dipl.-Ing.",
     * "Univ.-Prof.", "Mag.a", "Dott.ssa"); initials run together ("J.R.") have one letter before the dot.
     */
    private static boolean isTitle(String word) {
        String bare = bare(word);
        if (PREFIXES.contains(bare) || word.endsWith(".") && ABBREVIATED.contains(bare) || CAPITAL_TITLES.contains(word)) {
            return true;
        }
        int dot = word.indexOf('.');
        return dot >= 2 && dot < word.length() - 1 && word.substring(0, dot).chars().allMatch(Character::isLetter);
    }

    /**
     * A given and a family name from a source that has them apart (LinkedIn's First Name and Last
     * Name), where people still add credentials and pronouns to the last name ("Nayak, MSc, MBA"):
     * those become the suffix; the rest is kept as typed, however many words it has.
     */
    public static PersonName ofGivenAndFamily(String given, String family) {
        List<String> first = new ArrayList<>(List.of(Check.collapseWhitespace(given == null ? "" : given.strip()).split(" ")));
        // "Dr. Ahmed": a title typed into the first name cell is greeted with otherwise ("Hi Dr. Ahmed").
        List<String> titles = titlesTakenFrom(first, true);
        String last = undecorated(family == null ? "" : family.strip());
        List<String> suffixes = new ArrayList<>();
        List<String> pronouns = new ArrayList<>();
        // Every pronoun has a slash: most last names have none, and skip both passes of the expression.
        if (last.indexOf('/') >= 0) {
            java.util.regex.Matcher found = PRONOUNS.matcher(last);
            while (found.find()) {
                pronouns.add(found.group().strip());
            }
            last = PRONOUNS.matcher(last).replaceAll(" ");
        }
        last = Check.collapseWhitespace(last.strip());
        int comma = last.indexOf(',');
        if (comma >= 0) {
            for (String credential : last.substring(comma + 1).split(",")) {
                if (!credential.isBlank()) {
                    suffixes.add(credential.strip());
                }
            }
            last = last.substring(0, comma).strip();
        }
        suffixes.addAll(pronouns);
        return new PersonName(String.join(" ", titles), String.join(" ", first), "", last, String.join(", ", suffixes));
    }

    /**
     * The titles in front of {@code words}, taken out of it. A word left alone stays a name ("Prof" may be
     * someone's given name), unless {@code dottedAlone} and it is written as a title with its dot ("Dr.").
     */
    private static List<String> titlesTakenFrom(List<String> words, boolean dottedAlone) {
        List<String> titles = new ArrayList<>();
        while (!words.isEmpty() && isTitle(words.get(0))
                && (words.size() > 1 || dottedAlone && words.get(0).endsWith("."))) {
            titles.add(words.remove(0));
        }
        return titles;
    }

    /** A given name without the titles in front of it ("Dr. Ahmed" is greeted as Ahmed); a title alone stays. */
    public static String withoutTitles(String given) {
        String[] words = given.strip().split(" ");
        int first = 0;
        while (first < words.length - 1 && isTitle(words[first])) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    /** "El-Sayed 🌱", "Weber | Open to work": what follows the first word without a letter is decoration. */
    private static String undecorated(String last) {
        if (!hasRegexSpace(last)) {
            return last; // one word: nothing follows it (String.split would compile its expression each time)
        }
        String[] words = SPACES.split(last);
        for (int i = 1; i < words.length; i++) {
            if (words[i].codePoints().noneMatch(Character::isLetterOrDigit)) {
                return String.join(" ", java.util.Arrays.copyOf(words, i));
            }
        }
        return last;
    }

    /** Whether {@code text} holds a character of the expression {@code \s}: space, tab, line breaks, form feed. */
    private static boolean hasRegexSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    private static String bare(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
