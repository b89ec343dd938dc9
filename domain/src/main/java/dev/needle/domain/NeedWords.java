package dev.needle.domain;


/**
 * A need in the words a person uses: what you are looking for ("an introduction to someone at XYZ
 * Corp", "a pastry chef to hire") and what you ask at an event. Both follow the need's kind and its
 * first target's type, so a company is never put where a sector goes ("companies in Blue Bottle")
 * and a role is never something you get feedback on ("feedback on my hiring manager").
 */
public final class NeedWords {
    private NeedWords() {
    }

    /**
     * The need as what you are looking for, to follow "I am looking for", or "We are looking for" when
     * {@code voice} speaks for a team: the rest of the phrase then says "our" and "we" too.
     */
    public static String phrase(Need need, Voice voice) {
        return phrase(need, voice, false);
    }

    /** The same, in the usual voice of a direction of this kind. */
    public static String phrase(Need need, DirectionKind kind) {
        return phrase(need, kind.voice());
    }

    /**
     * The same, said to someone who works at the need's company: leads there are not "an introduction
     * to the people who buy at Blue Bottle" when they may be those people, and the hiring manager an
     * introduction names is offered a conversation with a hiring manager there.
     */
    public static String phrase(Need need, Voice voice, boolean toSomeoneThere) {
        if (toSomeoneThere && need.kind() == NeedKind.LEADS && type(need) == TargetKind.COMPANY) {
            return "a way to do business with " + subject(need);
        }
        String my = voice.possessive();
        if (need.targets().isEmpty()) {
            return need.kind() == NeedKind.FEEDBACK ? "honest feedback on " + my + " " + bare(need.title())
                    : startsWithAVerb(need.title()) ? "help to " + English.inSentence(need.title())
                    : "help with " + English.inSentence(need.title());
        }
        TargetKind type = type(need);
        String s = subject(need);
        java.util.Optional<String> person = personThere(need);
        if (person.isPresent() && (need.kind() == NeedKind.INTRODUCTION || need.kind() == NeedKind.LEADS)) {
            // Said to that person: what they can give is the conversation itself.
            return (toSomeoneThere && need.kind() == NeedKind.INTRODUCTION ? "a conversation with " : "an introduction to ")
                    + person.get() + " at " + s;
        }
        return switch (need.kind()) {
            case INTRODUCTION -> switch (type) {
                case COMPANY -> "an introduction to someone at " + s;
                case ROLE -> "an introduction to " + English.withArticle(s);
                case TOPIC -> "an introduction to someone who knows " + s + " well";
            };
            case INFORMATIONAL_INTERVIEW -> switch (type) {
                case COMPANY -> "a short conversation about working at " + s;
                case ROLE -> "a short conversation about the work of " + English.withArticle(s);
                case TOPIC -> "a short conversation about working in " + s;
            };
            case FEEDBACK -> switch (type) {
                case COMPANY -> "honest feedback from someone at " + s;
                case ROLE -> "honest feedback from " + English.withArticle(s);
                case TOPIC -> "honest feedback on " + my + " " + s;
            };
            case LEADS -> switch (type) {
                case COMPANY -> "an introduction to the people who buy at " + s;
                case ROLE -> "leads among " + English.plural(s);
                case TOPIC -> leads(s);
            };
            case HIRE -> switch (type) {
                case COMPANY -> "someone from " + s + " to hire";
                case ROLE -> English.withArticle(s) + " to hire";
                case TOPIC -> "someone strong in " + s + " to hire";
            };
            case VENDOR_PARTNER -> switch (type) {
                case COMPANY -> "a partnership with " + s;
                case ROLE -> English.withArticle(s) + " " + voice.subject() + " can trust";
                case TOPIC -> "a vendor or partner for " + s;
            };
            case OTHER -> switch (type) {
                case COMPANY -> "a contact at " + s;
                case ROLE -> "help from " + English.withArticle(s);
                case TOPIC -> "help with " + s;
            };
        };
    }

    /** What to ask, in the usual voice of a direction of this kind. */
    public static String question(Need need, DirectionKind kind) {
        return question(need, kind.voice());
    }

    /** What to ask a person at an event who might help with this need, in {@code voice} ("our pricing" for a team). */
    public static String question(Need need, Voice voice) {
        String my = voice.possessive();
        if (need.targets().isEmpty()) {
            // Without a target the title is all there is; it reads as what you want help with.
            return need.kind() == NeedKind.FEEDBACK ? "Would you give me honest feedback on " + my + " " + bare(need.title()) + "?"
                    : startsWithAVerb(need.title()) ? "Do you know anyone who could help me " + English.inSentence(need.title()) + "?"
                    : "Do you know anyone who could help me with " + English.inSentence(need.title()) + "?";
        }
        TargetKind type = type(need);
        String s = subject(need);
        java.util.Optional<String> person = personThere(need);
        if (person.isPresent() && need.kind() == NeedKind.INTRODUCTION) {
            return "Do you know " + person.get() + " at " + s + " who would take a short call with me?";
        }
        if (person.isPresent() && need.kind() == NeedKind.LEADS) {
            return "Do you know " + person.get() + " at " + s + ", and could you introduce me?";
        }
        return switch (need.kind()) {
            case INTRODUCTION -> switch (type) {
                case COMPANY -> "Who do you know at " + s + " who would take a short call with me?";
                case ROLE -> "Do you know " + English.withArticle(s) + " who would take a short call with me?";
                case TOPIC -> "Do you know someone who knows " + s + " well and would take a short call with me?";
            };
            case INFORMATIONAL_INTERVIEW -> switch (type) {
                case COMPANY -> "What is it really like to work at " + s + "?";
                case ROLE -> "What does the work of " + English.withArticle(s) + " really look like day to day?";
                case TOPIC -> "What does work in " + s + " really look like day to day?";
            };
            case FEEDBACK -> switch (type) {
                case COMPANY -> "Who at " + s + " could give me honest feedback on " + my + " approach?";
                case ROLE -> "Do you know " + English.withArticle(s) + " who would give me honest feedback?";
                case TOPIC -> "Would you give me honest feedback on " + my + " " + s + "?";
            };
            case LEADS -> switch (type) {
                case COMPANY -> "Who decides what " + s + " buys, and could you introduce me?";
                case ROLE -> "Which " + English.plural(s) + " do you know who might need what " + voice.subject() + " offer?";
                case TOPIC -> "Do you know of any " + leads(s) + "?";
            };
            case HIRE -> switch (type) {
                case COMPANY -> "Do you know anyone at " + s + " who might be open to a move?";
                case ROLE -> "Do you know " + English.withArticle(s) + " who might be open to a move, or are you looking for something new yourself?";
                case TOPIC -> "Do you know someone strong in " + s + " who might be open to a move?";
            };
            case VENDOR_PARTNER -> switch (type) {
                case COMPANY -> "What is it like to work with " + s + ", and who there should I talk to?";
                case ROLE -> "Which " + s + " would you recommend, and why?";
                case TOPIC -> "Who do you trust for " + s + ", and why?";
            };
            case OTHER -> switch (type) {
                case COMPANY -> "Do you know anyone at " + s + " who could help me?";
                case ROLE -> "Do you know " + English.withArticle(s) + " who could help me?";
                case TOPIC -> "Do you know anyone who could help me with " + s + "?";
            };
        };
    }

    /**
     * What to ask {@code person} at an event, who fits this need: the question by its first name, said to
     * them. Someone who works at the need's company is asked who there, not "who do you know at"; someone
     * who is the role the need looks for is asked about their own work.
     */
    public static String questionTo(Need need, Voice voice, Contact person) {
        return person.firstName() + ", " + decapitalized(questionFor(need.spokenTo(person).aboutWhatMatches(person),
                voice, person));
    }

    private static String questionFor(Need need, Voice voice, Contact person) {
        if (need.targets().isEmpty()) {
            return question(need, voice);
        }
        TargetKind type = type(need);
        String s = subject(need);
        boolean there = need.namesTheCompanyOf(person);
        if (there) {
            switch (need.kind()) {
                case INTRODUCTION -> {
                    if (personThere(need).isEmpty()) {
                        return "Who at " + s + " would take a short call with me?";
                    }
                }
                case VENDOR_PARTNER -> {
                    return "Who at " + s + " should I talk to about working together?";
                }
                case OTHER -> {
                    return "Who at " + s + " could help me?";
                }
                default -> {
                }
            }
        }
        Target first = need.targets().get(0);
        boolean isTheRole = type == TargetKind.ROLE && first.isHeldBy(person);
        if (isTheRole) {
            String role = English.withArticle(s);
            switch (need.kind()) {
                case INFORMATIONAL_INTERVIEW -> {
                    return "What does your work as " + role + " really look like day to day?";
                }
                case INTRODUCTION -> {
                    return "Would you take a short call with me about your work as " + role + "?";
                }
                case FEEDBACK -> {
                    return "Would you, or " + role + " you know, give me honest feedback?";
                }
                case OTHER -> {
                    return "Could you, or " + role + " you know, help me?";
                }
                case LEADS -> {
                    return "Could what " + voice.subject() + " offer be useful to you, or to " + English.plural(s)
                            + " you know?";
                }
                case VENDOR_PARTNER -> {
                    return "Could we talk about working together, or is there " + role + " you would recommend?";
                }
                default -> {
                }
            }
        }
        // Someone whose own work or offer is the topic (a printer, for printing) is asked about doing it,
        // not whom they trust for it or whom they know who knows it.
        if (type == TargetKind.TOPIC && first.isMatchedBy(person)) {
            String me = voice == Voice.I ? "me" : "us";
            switch (need.kind()) {
                case VENDOR_PARTNER -> {
                    return "What would you need from " + me + " to take on " + voice.possessive() + " " + s
                            + ", or who do you work with who could?";
                }
                case INTRODUCTION -> {
                    return "Would you take a short call with " + me + " about " + s + "?";
                }
                case HIRE -> {
                    return "Do you know someone strong in " + s
                            + " who might be open to a move, or are you looking for something new yourself?";
                }
                case OTHER -> {
                    return "Could you, or someone you know, help " + me + " with " + s + "?";
                }
                default -> {
                }
            }
        }
        return question(need, voice);
    }

    /** "Who do you know…" after a name and a comma: "Rita, who do you know…". */
    private static String decapitalized(String question) {
        return question.isEmpty() ? question : Character.toLowerCase(question.charAt(0)) + question.substring(1);
    }

    /** Words that end a topic's noun: what follows them ("cafés in Graz") cannot go before "leads". */
    private static final java.util.regex.Pattern PHRASE_GOES_ON = java.util.regex.Pattern.compile(
            "(?i).*\\s(in|near|at|on|for|of|with|from|around|by|to|across|within|outside|inside|like)\\s.*");
    /** Words ending in "s" that are not plurals: they go before "leads" ("sales leads"). */
    private static final java.util.Set<String> NOT_PLURAL = java.util.Set.of("sales", "news", "series", "business");

    /**
     * Leads on a topic: "hospitality leads", "ground-floor shop leads". A topic is a sector or a thing,
     * and only in front of "leads" do both read right ("leads in ground-floor shop" did not); a topic
     * that goes on past its noun ("cafés in Graz") or ends in a plural ("retail leases") reads
     * "leads on …" instead.
     */
    private static String leads(String topic) {
        String[] words = topic.split("\\s+");
        String last = words[words.length - 1];
        boolean plural = last.length() > 3 && last.equals(last.toLowerCase(java.util.Locale.ROOT)) && last.endsWith("s")
                && !last.endsWith("ss") && !last.endsWith("ics") && !last.endsWith("us") && !last.endsWith("is")
                && !NOT_PLURAL.contains(last);
        return plural || PHRASE_GOES_ON.matcher(topic).matches() ? "leads on " + topic : topic + " leads";
    }

    /** Verbs people start a need's title with: "Find a packaging supplier", "Hire a pastry chef". */
    private static final java.util.Set<String> VERBS = java.util.Set.of("find", "hire", "get", "meet", "land", "grow",
            "learn", "build", "raise", "open", "reach", "sell", "start", "win", "choose", "pick", "talk", "understand");

    /** Whether the title reads as something to do ("Find a supplier"), which follows "help me", not "help me with". */
    private static boolean startsWithAVerb(String title) {
        String first = title.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return VERBS.contains(first) && title.strip().contains(" ");
    }

    /**
     * A title without its leading article or "my", to follow "my"; a title that asks for feedback
     * itself ("Get feedback on my UX portfolio") gives only what the feedback is on.
     */
    private static String bare(String title) {
        return English.inSentence(title).replaceFirst(ASKS_FOR_FEEDBACK, "").replaceFirst("^(?i)(a|an|the|my|our)\\s+", "");
    }

    /** "Get feedback on", "honest feedback about", "a critique of": the words that ask, before what it is on. */
    private static final String ASKS_FOR_FEEDBACK = "^(?i)((get|ask for|find|want|need|seek)\\s+)?((some|a|an)\\s+)?"
            + "(honest\\s+)?(feedback|critique|review)\\s+(on|of|about|for)\\s+";

    /**
     * The first target's type, as it reads: a role that names no person is a field (a topic), and a topic
     * that names a person ("hiring manager", typed without "role:") is a role. A need with no target is
     * about its title, as a topic.
     */
    private static TargetKind type(Need need) {
        if (need.targets().isEmpty()) {
            return TargetKind.TOPIC;
        }
        Target first = need.targets().get(0);
        if (first.kind() == TargetKind.COMPANY) {
            return TargetKind.COMPANY;
        }
        // "Tibber" ends as "manager" does; a name is never a role.
        boolean role = first.kind() == TargetKind.ROLE || !namedInTitle(need, first.value().strip());
        return role && English.namesAPerson(first.value()) ? TargetKind.ROLE : TargetKind.TOPIC;
    }

    /** Whether the title writes {@code value} with its capital inside it ("… for Tibber's data team"): a name. */
    private static boolean namedInTitle(Need need, String value) {
        return !value.isEmpty() && Character.isUpperCase(value.codePointAt(0)) && need.title().indexOf(" " + value) >= 0;
    }

    /**
     * The person meant at the need's company, when its first target is a company and a later one a role
     * that names a person: "an in-house counsel" for company:Sonae, role:in-house counsel.
     */
    private static java.util.Optional<String> personThere(Need need) {
        if (type(need) != TargetKind.COMPANY) {
            return java.util.Optional.empty();
        }
        return need.targets().stream().filter(t -> t.kind() == TargetKind.ROLE && English.namesAPerson(t.value()))
                .findFirst().map(t -> English.withArticle(English.inSentence(t.value())));
    }

    /**
     * Company names stay as typed; roles and topics read as words in a sentence, unless the title writes
     * them with their capital inside it ("… for Tibber's data team"): then they are a name, kept as typed.
     */
    private static String subject(Need need) {
        if (need.targets().isEmpty()) {
            return English.inSentence(need.title());
        }
        String value = need.targets().get(0).value().strip();
        boolean named = need.targets().get(0).kind() == TargetKind.COMPANY || namedInTitle(need, value);
        return named ? value : English.inSentence(value);
    }
}
