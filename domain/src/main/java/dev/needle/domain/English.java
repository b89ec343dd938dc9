package dev.needle.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The few rules of English that words built from the user's data need: "a" or "an", a plural, a
 * role typed in title case read in a sentence, a day and time as a message names them. Acronyms ("UX", "SQL") and company names are kept as typed.
 */
public final class English {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    /** Letters whose name starts with a vowel sound: "an SQL tutor", "an MBA". */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";
    private static final Set<String> SILENT_H = Set.of("hour", "honest", "honor", "honour", "heir");
    private static final Set<String> YOU_SOUND = Set.of("uni", "use", "usu", "uti", "eur", "one", "ubi", "uro");

    /** Acronyms people write in capitals; tags are stored in lower case and get them back in a sentence. */
    private static final Map<String, String> ACRONYMS = java.util.stream.Stream.of("SQL", "UX", "UI", "SEO", "HR", "CRM",
                    "AI", "ML", "API", "AWS", "B2B", "B2C", "PR", "CFO", "CTO", "CEO", "VP", "QA", "ERP", "SaaS", "GCP",
                    "CPA", "MBA")
            .collect(java.util.stream.Collectors.toUnmodifiableMap(a -> a.toLowerCase(Locale.ROOT), a -> a));
    /**
     * Words English writes with a capital wherever they stand: languages and nationalities, days and
     * months ("You offer French lessons", not "french lessons").
     */
    private static final Set<String> ALWAYS_CAPITALISED = Set.of("english", "french", "german", "spanish", "italian",
            "portuguese", "dutch", "danish", "swedish", "norwegian", "finnish", "polish", "czech", "greek", "turkish",
            "russian", "ukrainian", "arabic", "hebrew", "persian", "hindi", "urdu", "bengali", "chinese", "mandarin",
            "cantonese", "japanese", "korean", "vietnamese", "thai", "indonesian", "swahili", "austrian", "swiss",
            "belgian", "irish", "scottish", "welsh", "british", "american", "canadian", "mexican", "brazilian",
            "european", "african", "asian", "latin", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");
    /**
     * Tools and brands people name first in what they offer ("Excel dashboards", "Figma prototyping"):
     * typed with a capital, the capital is the name's, not the sentence's. Typed small ("excel at
     * sales"), they are left small.
     */
    private static final Set<String> TOOLS = Set.of("excel", "powerpoint", "figma", "miro",
            "notion", "slack", "jira", "confluence", "trello", "asana", "salesforce", "hubspot", "shopify", "wordpress",
            "tableau", "looker", "python", "java", "javascript", "typescript", "kotlin", "ruby",
            "django", "react", "angular", "vue", "docker", "kubernetes", "terraform", "linux",
            "android", "google", "linkedin", "github", "gitlab", "azure", "oracle", "sap", "xero", "quickbooks",
            "canva", "photoshop", "illustrator", "indesign", "webflow", "zapier", "airtable", "stripe");
    /** Words a title leaves in lower case ("Market Research in Healthcare"). */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "by", "for", "from", "with", "into", "as", "vs");

    private English() {
    }

    /** "a call", "an email", "an in-person meeting", "a UX designer", "an SQL tutor". */
    /** "Tuesday, December 8": a day as a person writes it in a message. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Tuesday, December 8 at 12:30 pm", "… at 2 pm", "… at noon". */
    public static String dayAndTime(LocalDateTime at) {
        return day(at.toLocalDate()) + " at " + clock(at.toLocalTime());
    }

    /** "12:30 pm", "2 pm", "noon": a time of day as a message says it. */
    public static String clock(LocalTime time) {
        return time.equals(LocalTime.NOON) ? "noon"
                : (time.getHour() % 12 == 0 ? 12 : time.getHour() % 12) + (time.getMinute() == 0 ? "" : String.format(Locale.ROOT,
                        ":%02d", time.getMinute())) + (time.getHour() < 12 ? " am" : " pm");
    }

    public static String withArticle(String phrase) {
        return article(phrase) + " " + phrase;
    }

    public static String article(String phrase) {
        String word = phrase.strip().split("[\\s-]", 2)[0];
        if (word.isEmpty()) {
            return "a";
        }
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
            return VOWEL_SOUND_LETTERS.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String silent : SILENT_H) {
            if (lower.startsWith(silent)) {
                return "an";
            }
        }
        for (String you : YOU_SOUND) {
            if (lower.startsWith(you)) {
                return "a";
            }
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The plural of the last word: "café owners", "companies", "coaches". */
    public static String plural(String phrase) {
        String p = phrase.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && p.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("x")) {
            return p + "es";
        }
        return p + "s";
    }

    /** "1 contact", "3 contacts", "0 meeting requests": a count with its noun as English says it. */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /**
     * A role, topic or title as it reads inside a sentence. Typed in title case ("Hiring Manager"), its
     * capitalised words are lowered; typed as a sentence, only its first word is, and the names inside
     * stay ("near Jakominiplatz"). Acronyms and mixed case ("UX", "iOS") are kept either way.
     */
    public static String inSentence(String phrase) {
        return inSentence(phrase, Set.of());
    }

    /**
     * The same, keeping the capital of a word known as a name: "Porto startups" stays so when Porto is
     * written with a capital elsewhere ({@link #namesIn}), where a tag typed in sentence case
     * ("Contract review") still reads "contract review".
     */
    public static String inSentence(String phrase, Set<String> names) {
        String[] words = Check.collapseWhitespace(phrase.strip()).split(" ");
        boolean titleCased = titleCased(words);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            // A leading "A" is the article of a title ("A mentor in retail"), lowered inside a sentence.
            boolean lowered = capitalisedOnly(word) && (titleCased || i == 0) && !ALWAYS_CAPITALISED.contains(lower)
                    && !names.contains(bare(word)) && !TOOLS.contains(bare(lower)) || i == 0 && word.equals("A");
            // An acronym is written as it is spelt ("UX", "SaaS"), however it was typed.
            String acronym = ACRONYMS.get(lower);
            out.append(i == 0 ? "" : " ").append(acronym != null ? acronym : lowered ? lower : word);
        }
        return out.toString();
    }

    /**
     * The words written with a capital where no sentence starts, in phrases that are not in title case:
     * "Porto" in "intro to Porto founders" or "Startup Porto". Such a word is a name, also where it
     * starts a tag.
     */
    public static Set<String> namesIn(java.util.Collection<String> texts) {
        Set<String> names = new java.util.HashSet<>();
        for (String text : texts) {
            String[] words = Check.collapseWhitespace(text.strip()).split(" ");
            if (words.length < 2 || titleCased(words)) {
                continue;
            }
            boolean starts = true;
            for (String word : words) {
                String name = bare(word);
                if (!starts && capitalisedOnly(name)) {
                    names.add(name);
                }
                starts = word.endsWith(".") || word.endsWith("!") || word.endsWith("?") || word.endsWith(":");
            }
        }
        return names;
    }

    /** The word without the punctuation around it: "Porto," is "Porto". */
    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    /** Every word but the small ones ("in", "of", "and") starts with a capital: "Market Research in Healthcare". */
    private static boolean titleCased(String[] words) {
        for (String word : words) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && !Character.isUpperCase(word.charAt(0))
                    && !SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "Manager", and "Real-Estate" part by part ("Business-to-Business" too); not "UX", "iOS" or "McKinsey". */
    private static boolean capitalisedOnly(String word) {
        String[] parts = word.split("-", -1);
        boolean anyCapital = false;
        for (String part : parts) {
            boolean capital = part.length() > 1 && Character.isUpperCase(part.charAt(0))
                    && part.substring(1).equals(part.substring(1).toLowerCase(Locale.ROOT));
            if (!capital && (parts.length == 1 || !part.equals(part.toLowerCase(Locale.ROOT)) || part.isEmpty())) {
                return false;
            }
            anyCapital |= capital;
        }
        return anyCapital;
    }

    /**
     * Whether a role names a person ("hiring manager", "pastry chef") rather than a field ("market
     * research"), which people also type as a role: a field reads "work in market research", a person
     * "the work of a hiring manager".
     */
    public static boolean namesAPerson(String role) {
        // "Head of Data", "VP of Sales", "Director for Europe": the words before what they lead say who.
        java.util.regex.Matcher leads = LEADS.matcher(role.strip());
        String who = leads.find() && leads.start() > 0 ? role.strip().substring(0, leads.start()) : role;
        String[] words = who.strip().toLowerCase(Locale.ROOT).split("[\\s-]+");
        String last = words[words.length - 1];
        if (last.endsWith("s") && last.length() > 3 && !last.endsWith("ss")) {
            last = last.substring(0, last.length() - 1);
        }
        return PERSON_WORDS.contains(last) || last.length() > 4 && (last.endsWith("er") || last.endsWith("or")
                || last.endsWith("ist") || last.endsWith("ant") || last.endsWith("ian") || last.endsWith("ee")
                || last.endsWith("ent") && !last.endsWith("ment"));
    }

    private static final java.util.regex.Pattern LEADS = java.util.regex.Pattern.compile(
            "\\s+(of|for)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final Set<String> PERSON_WORDS = Set.of("chief", "chef", "cook", "lead", "head", "clerk", "analyst",
            "nurse", "vp", "ceo", "cto", "cfo", "coo", "cmo", "founder", "owner", "architect", "associate", "intern",
            "scientist", "specialist", "pm", "dev", "rep", "expert", "coach", "agent", "attorney", "buyer", "baker",
            "counsel", "paralegal", "notary", "judge", "surgeon", "midwife", "paramedic", "vet", "mechanic", "barista",
            "cashier", "sommelier", "courier", "secretary", "chair", "landlord");

    /**
     * A name as a name is written, when it was typed all in capitals ("JEAN-PIERRE" → "Jean-Pierre")
     * or all in small letters ("björn" → "Björn"): each part starts with a capital, the rest small.
     * Initials ("JP") and names with capitals inside ("DeShawn", "McKenzie") stay as typed; a title
     * in capitals does not ("DR." → "Dr.").
     */
    public static String asName(String name) {
        boolean upper = name.equals(name.toUpperCase(Locale.ROOT));
        boolean lower = name.equals(name.toLowerCase(Locale.ROOT));
        if (!upper && !lower) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || " -'’".indexOf(name.charAt(i)) >= 0) {
                String part = name.substring(start, i);
                long letters = part.codePoints().filter(Character::isLetter).count();
                out.append(upper && letters <= 2 && !part.endsWith(".") || part.isEmpty() ? part
                        : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1).toLowerCase(Locale.ROOT));
                if (i < name.length()) {
                    out.append(name.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * The sentence with its full stop, unless it already ends one: a sentence that closes on a name
     * ("Saved Mr. Michael Angstadt Jr.", "Yahoo!") would otherwise end with two.
     */
    public static String sentence(String text) {
        String end = text.stripTrailing();
        return !end.isEmpty() && ".!?…".indexOf(end.charAt(end.length() - 1)) >= 0 ? text : text + ".";
    }

    /**
     * A message followed by what became of the work ("nothing imported"): after a clause with "; ",
     * after a whole sentence as a sentence of its own, so two marks never meet (".;", "..").
     */
    public static String followedBy(String message, String outcome) {
        String end = message.stripTrailing();
        if (!end.isEmpty() && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0) {
            return end + " " + sentence(capitalized(outcome));
        }
        return end + "; " + outcome;
    }

    /** The first letter upper case, for a sentence that starts with a phrase. */
    public static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
