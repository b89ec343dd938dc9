package dev.needle.domain;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compares company names the way people write them: "XYZ Corp.", "XYZ Corporation", "XYZ Inc.",
 * "XYZ Corp, Denver office" and "XYZ Corp (Denver)" are all the company "xyz". One rule for the whole
 * domain: legal forms, punctuation and office or location qualifiers say where or how, not who.
 */
public final class CompanyName {
    private static final Set<String> SUFFIXES = Set.of(
            "inc", "incorporated", "llc", "llp", "lp", "pllc", "ltd", "limited", "corp", "corporation", "co", "company",
            "gmbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "se", "sa", "sas", "sasu", "sarl", "eurl", "plc", "bv",
            "nv", "bvba", "oy", "oyj", "ab", "as", "asa", "aps", "pty", "srl", "spa", "sl", "slu", "lda", "ltda",
            "sgps", "kk");
    /** Words that name a branch of the company, not another company: "XYZ Corp Office", "XYZ HQ". */
    private static final Set<String> OFFICE_WORDS = Set.of("office", "offices", "branch", "hq", "headquarters",
            "campus", "site", "location");

    /**
     * Imports and merges compare every record's company, and a book holds few distinct companies:
     * the two regular expressions below ran for each record. Emptied when full, never grown without bound.
     */
    private static final int MEMO_LIMIT = 8192;
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();
    /*
     * Compiled once: String.replaceAll compiles its expression on every call, and the key of every
     * imported person's name (a name is never in the memo twice) is computed here.
     */
    private static final Pattern DANISH_AS = Pattern.compile("\\ba/s\\b");
    private static final Pattern NOT_LETTER_DIGIT_SPACE = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)?|\\[[^]]*]?");

    private CompanyName() {
    }

    /** Folded, punctuation dropped, legal suffixes at the end removed; empty for a blank name. */
    public static String key(String company) {
        if (company == null) {
            return "";
        }
        String known = MEMO.get(company);
        if (known != null) {
            return known;
        }
        if (MEMO.size() >= MEMO_LIMIT) {
            MEMO.clear();
        }
        String key = computeKey(company);
        MEMO.put(company, key);
        return key;
    }

    private static String computeKey(String company) {
        // Dots go without a space so dotted abbreviations ("S.A.", "L.L.C.") read as the suffix they are.
        // Danish and Norwegian "A/S" is one legal form, not two letters.
        String dotless = SearchText.fold(withoutQualifiers(company)).replace(".", "");
        String spaced = NOT_LETTER_DIGIT_SPACE.matcher(DANISH_AS.matcher(dotless).replaceAll("as")).replaceAll(" ");
        String folded = SPACES.matcher(spaced).replaceAll(" ").strip();
        String[] words = folded.split(" ");
        int start = words.length > 1 && words[0].equals("the") ? 1 : 0;
        int end = words.length;
        while (end > start + 1 && (SUFFIXES.contains(words[end - 1]) || OFFICE_WORDS.contains(words[end - 1]))) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
    }

    /**
     * Drops what qualifies the company rather than names it: a part in brackets ("(Denver)") and what
     * follows a comma or a dash ("Denver office", "Inc."). A comma inside a name of partners ("Smith,
     * Jones & Co") stays, since there the part after it is part of the name.
     */
    private static String withoutQualifiers(String company) {
        String text = BRACKETED.matcher(company).replaceAll(" ");
        int cut = firstOf(text, ",", " - ", " \u2013 ", " \u2014 ", " / ", "|");
        if (cut > 0) {
            String rest = text.substring(cut);
            boolean partners = rest.contains("&") || rest.toLowerCase(java.util.Locale.ROOT).contains(" and ");
            if (!partners && !text.substring(0, cut).isBlank()) {
                text = text.substring(0, cut);
            }
        }
        return text;
    }

    private static int firstOf(String text, String... separators) {
        int first = -1;
        for (String separator : separators) {
            int at = text.indexOf(separator);
            if (at > 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * Whether {@code company} is what someone looking for {@code query} means: every word of the
     * query begins a word of the company, once both are compared as {@link #key} does ("Bluebird"
     * finds "Bluebird Foods Inc.", "foods blue" finds it too). A blank query finds nothing.
     */
    public static boolean matches(String query, String company) {
        String wanted = key(query);
        String name = key(company);
        if (wanted.isEmpty() || name.isEmpty()) {
            return false;
        }
        String[] words = name.split(" ");
        for (String word : wanted.split(" ")) {
            boolean found = false;
            for (String candidate : words) {
                if (candidate.startsWith(word)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    public static boolean same(String a, String b) {
        String keyA = key(a);
        return !keyA.isEmpty() && keyA.equals(key(b));
    }
}
