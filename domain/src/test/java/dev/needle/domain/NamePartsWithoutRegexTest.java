package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * A LinkedIn import splits every row's last name, and keys every name as a company would be keyed: both
 * now skip their regular expressions where they cannot match. What comes out must be what the plain
 * statement of each rule gives, the expressions run on every text.
 */
class NamePartsWithoutRegexTest {
    private static final Pattern PRONOUNS = Pattern.compile("\\(?\\b\\p{L}+/\\p{L}+(/\\p{L}+)?\\b\\)?");

    /** The family name and suffix as the rule states them: decoration cut, pronouns and credentials moved. */
    private static List<String> byRegex(String family) {
        String last = family.strip();
        String[] words = last.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].codePoints().noneMatch(Character::isLetterOrDigit)) {
                last = String.join(" ", java.util.Arrays.copyOf(words, i));
                break;
            }
        }
        List<String> pronouns = new ArrayList<>();
        Matcher found = PRONOUNS.matcher(last);
        while (found.find()) {
            pronouns.add(found.group().strip());
        }
        last = Check.collapseWhitespace(PRONOUNS.matcher(last).replaceAll(" ").strip());
        List<String> suffixes = new ArrayList<>();
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
        return List.of(last, String.join(", ", suffixes));
    }

    private static List<String> outcome(String family) {
        try {
            PersonName name = PersonName.ofGivenAndFamily("Ana", family);
            return List.of(name.family(), name.suffix());
        } catch (InvalidValueException refused) {
            return List.of("refused", refused.getMessage());
        }
    }

    private static List<String> expected(String family) {
        List<String> parts = byRegex(family);
        try {
            PersonName name = new PersonName("", "Ana", "", parts.get(0), parts.get(1));
            return List.of(name.family(), name.suffix());
        } catch (InvalidValueException refused) {
            return List.of("refused", refused.getMessage());
        }
    }

    @Property
    void aLastNameSplitsAsTheExpressionsSplitIt(@ForAll @StringLength(max = 24)
                                                @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '/', '(', ')',
                                                        ',', '.', '-', '|', 'é', 'Σ', '東', '🌱', '7'})
                                                @CharRange(from = 'a', to = 'e') String family) {
        assertThat(outcome(family)).isEqualTo(expected(family));
    }

    @Property
    void anyLastNameSplitsAsTheExpressionsSplitIt(@ForAll @StringLength(max = 24) String family) {
        assertThat(outcome(family)).isEqualTo(expected(family));
    }

    @Property
    void aCompanyKeyIsTheSameAsWithTheExpressionsCompiledEachTime(@ForAll @StringLength(max = 24)
                                                                  @Chars({' ', '\t', '.', ',', '-', '/', '(', ')', '[',
                                                                          ']', '&', 'A', 'S', 'é', 'Σ', '東', '7'})
                                                                  @CharRange(from = 'a', to = 'e') String company) {
        assertThat(CompanyName.key(company)).isEqualTo(keyByRegex(company));
    }

    @Property
    void anyCompanyKeyIsTheSameAsWithTheExpressionsCompiledEachTime(@ForAll @StringLength(max = 24) String company) {
        assertThat(CompanyName.key(company)).isEqualTo(keyByRegex(company));
    }

    /** {@link CompanyName#key} as it was written with {@code String.replaceAll} (no memo, no compiled patterns). */
    private static String keyByRegex(String company) {
        String text = company.replaceAll("\\([^)]*\\)?|\\[[^]]*]?", " ");
        int cut = -1;
        for (String separator : List.of(",", " - ", " \u2013 ", " \u2014 ", " / ", "|")) {
            int at = text.indexOf(separator);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        if (cut > 0) {
            String rest = text.substring(cut);
            boolean partners = rest.contains("&") || rest.toLowerCase(java.util.Locale.ROOT).contains(" and ");
            if (!partners && !text.substring(0, cut).isBlank()) {
                text = text.substring(0, cut);
            }
        }
        String folded = SearchText.fold(text).replace(".", "").replaceAll("\\ba/s\\b", "as")
                .replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
        String[] words = folded.split(" ");
        int start = words.length > 1 && words[0].equals("the") ? 1 : 0;
        int end = words.length;
        java.util.Set<String> dropped = java.util.Set.of("inc", "incorporated", "llc", "llp", "lp", "pllc", "ltd",
                "limited", "corp", "corporation", "co", "company", "gmbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "se",
                "sa", "sas", "sasu", "sarl", "eurl", "plc", "bv", "nv", "bvba", "oy", "oyj", "ab", "as", "asa", "aps",
                "pty", "srl", "spa", "sl", "slu", "lda", "ltda", "sgps", "kk", "office", "offices", "branch", "hq",
                "headquarters", "campus", "site", "location");
        while (end > start + 1 && dropped.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
    }
}
