package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Contacts.tags;
import static dev.needle.domain.Needs.need;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Initiator;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Rapport;
import dev.needle.domain.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every message the product can produce, and every prep question, generated from cases that turn each
 * dial: who asked × deciding reason × rapport × channel × with or without something they look for
 * that you can give (yourself or by an introduction), and the answers a user may pick instead.
 * Written to docs/messages.md so a person can read them all.
 */
final class MessageMatrix {
    private static final MessageTemplates TEMPLATES = TriageSettings.defaults().templates();
    private static final int[] RAPPORTS = {0, 1, 3, 5};
    private static final String[] WANTS = {"nothing", "something you offer", "an introduction"};

    private MessageMatrix() {
    }

    /** One distinct message, with the first case that produced it. */
    record Entry(String ground, String caseText, String message) {
    }

    static List<Entry> messages() {
        Map<String, Entry> byMessage = new LinkedHashMap<>();
        for (Initiator who : Initiator.values()) {
            for (Channel format : Channel.values()) {
                for (int rapport : RAPPORTS) {
                    for (int fit = 0; fit <= 3; fit++) {
                        for (int budget = 0; budget <= 2; budget++) {
                            for (int travel : budget == 0 ? new int[] {20, 150} : new int[] {20}) {
                                for (int wants = 0; wants < WANTS.length; wants++) {
                                    // The event changes one greeting; turning it with one rapport shows every form.
                                    for (boolean event : rapport == 3 ? new boolean[] {false, true} : new boolean[] {false}) {
                                        Verdict v = verdict(who, format, rapport, fit, budget, travel, wants, event);
                                        String text = describe(who, format, rapport, wants, event) + " → "
                                                + v.headline().toLowerCase(java.util.Locale.ROOT)
                                                + v.channel().map(c -> ", " + c.label()).orElse("");
                                        byMessage.putIfAbsent(v.suggestedMessage(),
                                                new Entry(v.ground().name(), text, v.suggestedMessage()));
                                        if (fit == 3 && budget == 0 && travel == 20 && rapport != 5) {
                                            picked(v, text, byMessage);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        business(byMessage);
        freelancer(byMessage);
        proposed(byMessage);
        return List.copyOf(byMessage.values());
    }

    /**
     * A strong fit whose request proposed a day and time: taken up when they proposed it, asked when you did; a
     * call offered instead of meeting keeps the day.
     */
    private static void proposed(Map<String, Entry> byMessage) {
        java.time.LocalDateTime tuesday = java.time.LocalDateTime.of(2026, 11, 10, 15, 0);
        for (Initiator who : Initiator.values()) {
            for (Channel format : List.of(Channel.COFFEE, Channel.IN_PERSON, Channel.CALL, Channel.VIDEO)) {
                for (boolean hire : new boolean[] {false, true}) {
                    Verdict plain = hire ? businessVerdict(who, format, 3, true, 1, 0, 20)
                            : verdict(who, format, 3, 3, 0, 20, 0, false);
                    MeetingRequestOn on = new MeetingRequestOn(tuesday);
                    Verdict v = on.verdict(hire, who, format);
                    String text = (hire ? "business: " : "") + (who == Initiator.THEM ? "they ask" : "you ask") + " for "
                            + format.withArticle() + " on Tuesday at 3 pm" + (hire ? ", a candidate for need 1" : "")
                            + " → " + v.headline().toLowerCase(java.util.Locale.ROOT)
                            + v.channel().map(c -> ", " + c.label()).orElse("");
                    if (!v.suggestedMessage().equals(plain.suggestedMessage())) {
                        byMessage.putIfAbsent(v.suggestedMessage(), new Entry(v.ground().name(), text, v.suggestedMessage()));
                    }
                }
            }
            // Over budget, the week or month spent is the proposed one's.
            for (int budget = 1; budget <= 2; budget++) {
                Verdict v = verdict(who, Channel.COFFEE, 3, 3, budget, 20, 0, false, Optional.of(tuesday));
                String text = (who == Initiator.THEM ? "they ask" : "you ask") + " for a coffee on Tuesday at 3 pm, "
                        + (budget == 1 ? "hours" : "money") + " spent → " + v.headline().toLowerCase(java.util.Locale.ROOT)
                        + v.channel().map(c -> ", " + c.label()).orElse("");
                byMessage.putIfAbsent(v.suggestedMessage(), new Entry(v.ground().name(), text, v.suggestedMessage()));
            }
        }
    }

    /** The matrix's own people and needs, with a request that proposes a day and time. */
    private record MeetingRequestOn(java.time.LocalDateTime at) {
        Verdict verdict(boolean hire, Initiator who, Channel format) {
            return hire ? businessVerdict(who, format, 3, true, 1, 0, 20, Optional.of(at))
                    : MessageMatrix.verdict(who, format, 3, 3, 0, 20, 0, false, Optional.of(at));
        }
    }

    /**
     * A bakery owner's business direction: a candidate for a need to hire (met in an interview, never
     * "helped") and a lead at a company the business sells to, as strong and as partial fits.
     */
    private static void business(Map<String, Entry> byMessage) {
        for (Initiator who : Initiator.values()) {
            for (Channel format : Channel.values()) {
                for (int rapport : new int[] {1, 3, 5}) {
                    for (boolean hire : new boolean[] {true, false}) {
                        for (int priority : new int[] {1, 4}) {
                            for (int budget = 0; budget <= 2; budget++) {
                                for (int travel : budget == 0 ? new int[] {20, 150} : new int[] {20}) {
                                    Verdict v = businessVerdict(who, format, rapport, hire, priority, budget, travel);
                                    String text = "business: " + (who == Initiator.THEM ? "they ask" : "you ask") + " for "
                                            + format.withArticle() + ", rapport " + Rapport.of(rapport) + ", "
                                            + (hire ? "a candidate for need " : "a lead for need ") + priority + " → "
                                            + v.headline().toLowerCase(java.util.Locale.ROOT)
                                            + v.channel().map(c -> ", " + c.label()).orElse("");
                                    byMessage.putIfAbsent(v.suggestedMessage(),
                                            new Entry(v.ground().name(), text, v.suggestedMessage()));
                                    if (budget == 0 && travel == 20 && rapport == 3) {
                                        picked(v, text, byMessage);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * A freelance translator's business, whose plan says "I": every message speaks as I. Leads at a law
     * firm, feedback on the pricing, and a business that has not written down its needs yet.
     */
    private static void freelancer(Map<String, Entry> byMessage) {
        dev.needle.domain.Direction plan = dev.needle.domain.Direction.start(new dev.needle.domain.DirectionId(1),
                DirectionKind.BUSINESS, "I translate contracts from Portuguese for law firms in Porto", Set.of(),
                java.time.LocalDate.of(2026, 1, 5));
        Contact rui = contact("Rui Costa").id(9201).at("Abreu Advogados").as("Partner").build();
        Contact ines = contact("Inês Moura").id(9202).as("Pricing Consultant").build();
        Need firms = need(1, "Law firm clients").kind(NeedKind.LEADS).company("Abreu Advogados").build();
        Need pricing = need(1, "Feedback on my rates").kind(NeedKind.FEEDBACK).topic("pricing").build();
        for (Initiator who : Initiator.values()) {
            for (int budget = 0; budget <= 1; budget++) {
                for (Contact person : List.of(rui, ines)) {
                    List<Need> needs = List.of(person == rui ? firms : pricing);
                    TriageCase c = new TriageCase(Cases.request(person, who, Channel.COFFEE, "Boulder", 20, "8"), person,
                            needs, Set.of(), List.of(person), Optional.of(Cases.spent(budget == 1 ? 240 : 0, "0.00")));
                    Verdict v = new TriagePolicy(TriageSettings.defaults()).triage(c.forDirection(plan));
                    String text = "freelancer: " + (who == Initiator.THEM ? "they ask" : "you ask") + " for a coffee, "
                            + (person == rui ? "a lead at Abreu Advogados" : "feedback on the pricing")
                            + (budget == 1 ? ", hours spent" : "") + " → " + v.headline().toLowerCase(java.util.Locale.ROOT)
                            + v.channel().map(ch -> ", " + ch.label()).orElse("");
                    byMessage.putIfAbsent(v.suggestedMessage(), new Entry(v.ground().name(), text, v.suggestedMessage()));
                }
            }
            TriageCase none = new TriageCase(Cases.request(rui, who, Channel.COFFEE, "", 20, "8"), rui, List.of(),
                    Set.of(), List.of(rui), Optional.of(Cases.spent(0, "0.00")));
            Verdict v = new TriagePolicy(TriageSettings.defaults()).triage(none.forDirection(plan));
            byMessage.putIfAbsent(v.suggestedMessage(), new Entry(v.ground().name(), "freelancer: "
                    + (who == Initiator.THEM ? "they ask" : "you ask") + " for a coffee, no needs written yet → "
                    + v.headline().toLowerCase(java.util.Locale.ROOT), v.suggestedMessage()));
        }
        // The person an introduction names, asked by you: a conversation with them, not an introduction.
        Need meet = need(2, "Meet the hiring manager").kind(NeedKind.INTRODUCTION).company("OutSystems")
                .role("hiring manager").build();
        Contact marta = contact("Marta Sousa").id(9203).at("OutSystems").as("Hiring Manager").build();
        Verdict v = Cases.verdict(DirectionKind.JOB_SEARCH, Cases.request(marta, Initiator.ME, Channel.VIDEO, "", 0, "0"),
                marta, List.of(meet), Set.of(), List.of(marta), Cases.spent(0, "0.00"));
        byMessage.putIfAbsent(v.suggestedMessage(), new Entry(v.ground().name(), "you ask the hiring manager an "
                + "introduction names for a video call → " + v.headline().toLowerCase(java.util.Locale.ROOT),
                v.suggestedMessage()));
    }

    static Verdict businessVerdict(Initiator who, Channel format, int rapport, boolean hire, int priority, int budget,
                                   int travel) {
        return businessVerdict(who, format, rapport, hire, priority, budget, travel, Optional.empty());
    }

    static Verdict businessVerdict(Initiator who, Channel format, int rapport, boolean hire, int priority, int budget,
                                   int travel, Optional<java.time.LocalDateTime> at) {
        Contact.Draft draft = (hire ? contact("Ana Lima").id(9101).as("Pastry Chef")
                : contact("Sam Reyes").id(9102).at("Blue Bottle").as("Buyer")).build().edit();
        draft.rapport(Rapport.of(rapport));
        Contact person = draft.build();
        Need need = hire ? need(priority, "Hire a pastry chef").kind(NeedKind.HIRE).role("Pastry Chef").build()
                : need(priority, "Wholesale buyers").kind(NeedKind.LEADS).company("Blue Bottle").build();
        return Cases.verdict(dev.needle.domain.DirectionKind.BUSINESS,
                proposing(Cases.request(person, who, format, format.isFaceToFace() ? "Boulder" : "", travel, "8"), at), person,
                List.of(need), tags("wholesale pastry"), List.of(person),
                Cases.spent(budget == 1 ? 240 : 0, budget == 2 ? "40.00" : "0.00"));
    }

    /** The answers the user may pick instead of the verdict's, on each channel the screen offers. */
    private static void picked(Verdict v, String text, Map<String, Entry> byMessage) {
        for (Recommendation answer : Recommendation.values()) {
            for (Channel on : answer == Recommendation.MEET_IN_PERSON ? List.of(Channel.COFFEE, Channel.IN_PERSON)
                    : answer == Recommendation.DECLINE_KINDLY ? List.of(Channel.EMAIL)
                    : List.of(Channel.CALL, Channel.VIDEO, Channel.EMAIL, Channel.MESSAGE)) {
                String message = v.draft(answer, on, TEMPLATES);
                byMessage.putIfAbsent(message, new Entry("YOUR_CHOICE", text + "; you pick "
                        + answer.headline().toLowerCase(java.util.Locale.ROOT) + ", " + on.label(), message));
            }
        }
    }

    private static String describe(Initiator who, Channel format, int rapport, int wants, boolean event) {
        return (who == Initiator.THEM ? "they ask" : "you ask") + " for " + format.withArticle()
                + ", rapport " + Rapport.of(rapport) + ", they look for " + WANTS[wants]
                + (event ? ", met at an event" : "");
    }

    /** fit: 0 none, 1 loose, 2 partial, 3 strong; budget: 0 left, 1 hours spent, 2 money spent. */
    static Verdict verdict(Initiator who, Channel format, int rapport, int fit, int budget, int travel, int wants,
                           boolean event) {
        return verdict(who, format, rapport, fit, budget, travel, wants, event, Optional.empty());
    }

    private static dev.needle.domain.MeetingRequest proposing(dev.needle.domain.MeetingRequest r,
                                                               Optional<java.time.LocalDateTime> at) {
        return at.isEmpty() ? r : dev.needle.domain.MeetingRequest.FIELDS.with(r, Map.of("proposed at", at));
    }

    static Verdict verdict(Initiator who, Channel format, int rapport, int fit, int budget, int travel, int wants,
                           boolean event, Optional<java.time.LocalDateTime> at) {
        Contact.Draft draft = contact("Priya Shah").id(9001).at("XYZ Corp, Denver office").as("Product Manager").build().edit();
        draft.rapport(Rapport.of(rapport));
        draft.lookingFor(switch (wants) {
            case 1 -> tags("sql tutoring");
            case 2 -> tags("an accountant");
            default -> tags("a sailing partner");
        });
        Contact priya = draft.build();
        Contact dana = contact("Dana Ortiz").id(9002).as("Accountant").build();
        List<Need> needs = new ArrayList<>();
        switch (fit) {
            case 1 -> needs.add(need(6, "fintech leads").kind(NeedKind.LEADS).topic("product").build());
            case 2 -> needs.add(need(2, "design critique").kind(NeedKind.FEEDBACK).topic("product").build());
            case 3 -> needs.add(need(1, "A connection to XYZ").kind(NeedKind.INTRODUCTION).company("XYZ Corp").build());
            default -> {
            }
        }
        if (fit == 0 && rapport == 3) {
            needs.add(need(1, "A connection to Acme").kind(NeedKind.INTRODUCTION).company("Acme").build());
        }
        return Cases.verdict(proposing(Cases.request(priya, who, format, format.isFaceToFace() ? "Boulder" : "", travel, "8"), at), priya,
                needs, tags("SQL tutoring"), List.of(priya, dana),
                Cases.spent(budget == 1 ? 240 : 0, budget == 2 ? "40.00" : "0.00"), event ? "Data Night" : null);
    }

    /** Every prep question: each need kind × each target type, with a typical value. */
    static Map<String, String> questions() {
        Map<String, String> out = new TreeMap<>();
        Map<String, Optional<Target>> targets = new LinkedHashMap<>();
        targets.put("company", Optional.of(Target.company("Blue Bottle")));
        targets.put("role (a person)", Optional.of(Target.role("Pastry Chef")));
        targets.put("role (a field)", Optional.of(Target.role("market research")));
        targets.put("topic", Optional.of(Target.topic("wholesale baking")));
        targets.put("topic (a thing)", Optional.of(Target.topic("ground-floor shop")));
        targets.put("no target", Optional.empty());
        for (NeedKind kind : NeedKind.values()) {
            for (Map.Entry<String, Optional<Target>> t : targets.entrySet()) {
                if (t.getKey().equals("topic (a thing)") && kind != NeedKind.LEADS) {
                    continue; // only leads word a thing and a sector alike ("ground-floor shop leads")
                }
                Need n = new Need(new dev.needle.domain.NeedId(1), "a resume critique", kind,
                        t.getValue().map(List::of).orElse(List.of()), 1, dev.needle.domain.NeedStatus.OPEN,
                        Optional.empty(), Optional.empty(), "", 0);
                out.put(kind.label() + " · " + t.getKey(), n.question() + "  (looking for " + n.phrase(DirectionKind.JOB_SEARCH) + ")");
            }
        }
        return out;
    }

    /**
     * Every prep question said to someone there who fits the need: each need kind × how they fit it (they
     * work at its company, hold its role, offer its topic), by their first name.
     */
    static Map<String, String> questionsToPeople() {
        Map<String, String> out = new TreeMap<>();
        record Fit(List<Target> targets, Contact person) {
        }
        Map<String, Fit> fits = new LinkedHashMap<>();
        fits.put("works at the company", new Fit(List.of(Target.company("Blue Bottle")),
                contact("Priya Shah").at("Blue Bottle").as("Buyer").build()));
        fits.put("works at the company, a person there wanted", new Fit(List.of(Target.company("Blue Bottle"),
                Target.role("Pastry Chef")), contact("Priya Shah").at("Blue Bottle").as("Buyer").build()));
        fits.put("holds the role", new Fit(List.of(Target.role("Pastry Chef")),
                contact("Priya Shah").at("Hotel Sacher").as("Pastry Chef").build()));
        fits.put("offers the topic", new Fit(List.of(Target.topic("wholesale baking")),
                contact("Priya Shah").offering("wholesale baking").build()));
        for (NeedKind kind : NeedKind.values()) {
            for (Map.Entry<String, Fit> f : fits.entrySet()) {
                Need n = new Need(new dev.needle.domain.NeedId(1), "a resume critique", kind, f.getValue().targets(), 1,
                        dev.needle.domain.NeedStatus.OPEN, Optional.empty(), Optional.empty(), "", 0);
                out.put(kind.label() + " · " + f.getKey(), dev.needle.domain.NeedWords.questionTo(n, dev.needle.domain.Voice.I,
                        f.getValue().person()));
            }
        }
        return out;
    }

    /**
     * What LanguageTool reads: every distinct sentence of every message (most messages share most
     * sentences), each whole message that is the longest of its ground and answer (where sentences
     * in a row are most likely to start alike), and every prep question and need phrase. Checking all
     * 450 messages whole took three minutes on a busy machine for no more findings.
     */
    static List<String> allSentences() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        Map<String, String> longest = new TreeMap<>();
        for (Entry e : messages()) {
            for (String sentence : e.message().split("(?<=[.?!])\\s+")) {
                all.add(sentence);
            }
            String key = e.ground() + " " + e.caseText().replaceAll(".*you pick ([^,]*).*", "$1");
            longest.merge(key, e.message(), (a, b) -> b.length() > a.length() ? b : a);
        }
        all.addAll(longest.values());
        questions().values().forEach(q -> all.add(q.substring(0, q.indexOf("  (looking for "))));
        all.addAll(questionsToPeople().values());
        questions().values().forEach(q -> all.add("I am looking for " + q.substring(q.indexOf("  (looking for ") + 15,
                q.length() - 1) + "."));
        return List.copyOf(all);
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Every message Needle writes\n\n");
        md.append("Generated by `MessageMatrixTest` (domain module) from cases that turn each dial: who asked, the reason\n")
                .append("that decided, rapport, the channel, and whether they look for something you can give. The test\n")
                .append("fails when this file is stale (and rewrites it), and checks every message and question with\n")
                .append("LanguageTool (en-US, spelling off). Contact: Priya Shah; the person you could introduce: Dana Ortiz.\n")
                .append("Cases marked *business* are a bakery owner's: Ana Lima, a pastry chef, is a candidate for a need\n")
                .append("to hire; Sam Reyes buys at Blue Bottle, a lead. Cases marked *freelancer* are a one-person\n")
                .append("translation business whose plan says \"I\": Rui Costa is a partner at a law firm it sells to.\n");
        Map<String, List<Entry>> byGround = new TreeMap<>();
        for (Entry e : messages()) {
            byGround.computeIfAbsent(e.ground(), g -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Entry>> group : byGround.entrySet()) {
            md.append("\n## ").append(group.getKey()).append(" (").append(group.getValue().size()).append(")\n\n");
            for (Entry e : group.getValue()) {
                md.append("- *").append(e.caseText()).append("*  \n  ").append(e.message()).append("\n");
            }
        }
        md.append("\n## Prep sheet questions (need kind × target type)\n\n");
        questions().forEach((k, q) -> md.append("- *").append(k).append("*: ").append(q).append("\n"));
        md.append("\n## Prep sheet questions to someone there (need kind × how they fit)\n\n");
        questionsToPeople().forEach((k, q) -> md.append("- *").append(k).append("*: ").append(q).append("\n"));
        return md.toString();
    }

    static Set<String> grounds() {
        Set<String> grounds = new java.util.TreeSet<>();
        messages().forEach(e -> grounds.add(e.ground()));
        return grounds;
    }

}
