package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.English;
import dev.needle.domain.Initiator;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Schedule;
import dev.needle.domain.TravelNote;
import dev.needle.domain.Voice;
import dev.needle.domain.Week;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the message for a {@link Letter}: each placeholder of the template is filled from the case,
 * and a sentence that has nothing true to say is left out. Honest and kind: the only reason given is
 * the ground that decided ("my calendar is full" only when the week's hours are spent), warmth only
 * where rapport is real, the channel named as proposed, tags turned into phrases.
 */
public final class MessageComposer {
    /** "his", "her", "their" after a preposition: whose startup or grant, as noted about them. */
    private static final java.util.regex.Pattern THEIRS = java.util.regex.Pattern.compile(
            "(?<=\\b(?:for|with|on|about|in|of|at|to|into)\\s)(?:his|her|their)\\b");
    private static final java.time.format.DateTimeFormatter MONTH_DAY =
            java.time.format.DateTimeFormatter.ofPattern("MMMM d", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM", java.util.Locale.ENGLISH);
    private MessageComposer() {
    }

    public static String compose(Letter letter, MessageTemplates templates) {
        return templates.render(letter.answer(), values(letter));
    }

    /** Every placeholder's value for this letter (see {@link MessageTemplates#PLACEHOLDERS}). */
    static Map<String, String> values(Letter l) {
        Map<String, String> v = new HashMap<>();
        v.put("first", l.first());
        v.put("name", l.name());
        v.put("channel", l.channel().map(Channel::label).orElse(""));
        v.put("a_channel", l.channel().map(Explainer::withArticle).orElse(""));
        v.put("need", l.need().map(n -> n.phrase(l.voice(), l.there())).orElse(""));
        v.put("help", l.gift().map(MessageComposer::helpPhrase).orElse(""));
        v.put("event", l.metAt().orElse(""));
        v.put("hello", hello(l));
        v.put("warmth", warmth(l));
        v.put("why", why(l));
        v.put("offer", offer(l));
        v.put("ask", ask(l));
        return v;
    }

    private static String hello(Letter l) {
        if (l.askedBy() == Initiator.ME) {
            return l.metAt().map(e -> "it was good to meet you at " + e + ".").orElse("I hope you are well.");
        }
        if (l.answer() == Recommendation.DECLINE_KINDLY) {
            return "thank you for thinking of me.";
        }
        return l.metAt().map(e -> "thank you for reaching out after " + e + ".").orElse("thank you for reaching out.");
    }

    private static String warmth(Letter l) {
        if (l.hitItOff()) {
            return l.ground() == Ground.KEEP_IN_TOUCH ? "" : "I really enjoyed our conversation.";
        }
        boolean met = l.rapport().isRated() || l.metAt().isPresent();
        boolean saidAlready = l.askedBy() == Initiator.ME && l.metAt().isPresent();
        return l.answer() == Recommendation.DECLINE_KINDLY && met && !saidAlready ? "It was nice to meet you." : "";
    }

    private static String why(Letter l) {
        String looking = l.need().map(n -> lookingFor(l, n) + ", " + purpose(l, n)).orElse("");
        Channel channel = l.channel().orElse(null);
        boolean sameChannel = channel != null && channel == l.requested();
        return switch (l.ground()) {
            case STRONG_FIT -> l.askedBy() == Initiator.THEM && !l.candidate() ? glad(looking) : looking;
            // "A call suits me well" answers their proposal; when you asked, you simply say why.
            case THEIR_CHANNEL -> l.askedBy() == Initiator.THEM ? join(suits(channel), looking) : looking;
            // With a day proposed, the budget weighed is that week's and that month's, not this one's.
            case OVER_HOURS -> join(looking, "My calendar is full for in-person meetings " + l.proposed()
                    .map(at -> "in the week of " + MONTH_DAY.format(Week.of(at.toLocalDate()).monday()) + ".")
                    .orElse("right now."));
            case OVER_MONEY -> join(looking, "My budget for in-person meetings is spent for " + l.proposed()
                    .map(at -> MONTH.format(at) + ".").orElse("this month."));
            case TOO_FAR -> join(looking, l.place().isBlank() ? "The trip is a long one for me right now."
                    : "Getting to " + TravelNote.placeOnly(l.place()) + " is a long trip for me right now.");
            case PARTIAL_FIT -> sameChannel && l.askedBy() == Initiator.ME ? looking
                    : sameChannel ? join(suits(channel), l.need().map(n -> lookingFor(l, n) + ".").orElse(""))
                    : l.candidate() ? looking
                    : l.need().map(n -> lookingFor(l, n) + ", and I think " + shortOne(channel)
                            + " would cover it well.").orElse("");
            case KEEP_IN_TOUCH -> "I do not have anything specific to ask of you right now, but I enjoyed our "
                    + "conversation and would like to keep in touch.";
            case NOTHING_SHARED -> l.needsWritten()
                    ? "I do not see a way we could help each other right now, so I will not set up a meeting."
                    : l.direction() == DirectionKind.BUSINESS
                    ? "I am still working out what " + (l.voice() == Voice.WE ? "the" : "my") + " business needs, so I am "
                            + "not setting up meetings yet."
                    : "I am still working out what I need, so I am not setting up meetings yet.";
            case PAY_IT_FORWARD -> "";
            case YOUR_CHOICE -> switch (l.answer()) {
                case MEET_IN_PERSON -> l.askedBy() == Initiator.THEM && !l.candidate() ? glad(looking) : looking;
                case TARGETED_ALTERNATIVE -> looking;
                case HELP_THEM -> "";
                case DECLINE_KINDLY -> "I am not able to set up a meeting right now.";
            };
        };
    }

    private static String offer(Letter l) {
        if (l.answer() == Recommendation.DECLINE_KINDLY) {
            return "";
        }
        if (l.answer() == Recommendation.HELP_THEM && l.candidate()) {
            // A candidate is not helped: the answer is about the interview (the help template has no {why}).
            return l.need().map(n -> lookingFor(l, n) + ", " + purpose(l, n)).orElse("");
        }
        if (l.gift().isEmpty()) {
            return l.answer() == Recommendation.HELP_THEM ? "I would be happy to help where I can." : "";
        }
        Gift gift = l.gift().get();
        String wanted = wantedPhrase(gift);
        String mentioned = gift.asked() ? "You asked about " + wanted : "You mentioned you are looking for " + wanted;
        if (l.answer() == Recommendation.HELP_THEM) {
            return gift.isIntroduction()
                    ? mentioned + ", and I could introduce you to " + whom(gift) + "."
                    : mentioned + ", and I would be happy to help with "
                            + (helpPhrase(gift).equalsIgnoreCase(wanted) ? "that" : helpPhrase(gift)) + ".";
        }
        return gift.isIntroduction()
                ? (gift.asked() ? "Since you asked about " : "Since you are looking for ") + wanted
                        + ", I could also introduce you to " + whom(gift) + "."
                : "If " + helpPhrase(gift) + " would be useful to you, I would be glad to help with it.";
    }

    private static String ask(Letter l) {
        Channel c = l.channel().orElse(null);
        boolean them = l.askedBy() == Initiator.THEM;
        return switch (l.answer()) {
            case DECLINE_KINDLY -> "I wish you all the best.";
            case MEET_IN_PERSON -> {
                if (l.scheduled().isPresent()) {
                    Schedule set = l.scheduled().get();
                    // Set at the time they proposed: it works for you, rather than asking them whether it does.
                    yield them && l.proposed().equals(Optional.of(set.at())) && set.format().isFaceToFace()
                            ? proposedAsk(l, set.at(), set.format(), set.place()) : scheduledAsk(l, set);
                }
                if (l.proposed().isPresent()) {
                    yield proposedAsk(l, l.proposed().get(), c, l.place());
                }
                String mode = l.candidate() ? (c == Channel.COFFEE ? "for an interview over a coffee" : "for an interview in person")
                        : c == Channel.COFFEE ? "for a coffee" : "to meet in person";
                yield them ? "Which day next week works for you " + mode + "?" : "Would you have time " + mode + " next week?";
            }
            case HELP_THEM -> {
                if (l.candidate()) {
                    yield switch (c == null ? Channel.CALL : c) {
                        case EMAIL -> "I will email you to find a time for the interview.";
                        case MESSAGE -> "I will send you a message to find a time for the interview.";
                        case COFFEE, IN_PERSON -> "Which day next week works for you for the interview?";
                        case CALL, VIDEO -> "Shall we set up a short call to find a time for the interview?";
                    };
                }
                if (l.gift().map(Gift::isIntroduction).orElse(false)) {
                    yield c == Channel.MESSAGE ? "If you would like that, I will introduce you by message."
                            : c == Channel.EMAIL ? "If you would like that, I will introduce you by email."
                            : "Shall we have " + shortOne(c) + " first, so I can make a good introduction?";
                }
                yield switch (c == null ? Channel.CALL : c) {
                    case EMAIL -> "I will email you what I know.";
                    case MESSAGE -> "I will send you a message with what I know.";
                    case VIDEO -> "Shall we set up a short video call so I can share what I know?";
                    case IN_PERSON -> "Shall we meet in person so I can share what I know?";
                    case COFFEE -> "Shall we meet for a coffee so I can share what I know?";
                    case CALL -> "Shall we set up a short call so I can share what I know?";
                };
            }
            case TARGETED_ALTERNATIVE -> {
                Channel channel = c == null ? Channel.CALL : c;
                // A call or video call keeps the day and time the request proposed: only the way of meeting changes.
                Optional<LocalDateTime> at = l.proposed().filter(p -> channel == Channel.CALL || channel == Channel.VIDEO);
                if (channel == l.requested() && them) {
                    String call = l.candidate() ? "a first interview by " + channel.label() : English.withArticle(channel.label());
                    yield switch (channel) {
                        case EMAIL -> l.candidate() ? "Could you email me a few lines about your experience?"
                                : "Send me your questions by email whenever it suits you.";
                        case MESSAGE -> l.candidate() ? "Could you send me a few lines about your experience by message?"
                                : "Send me your questions by message whenever it suits you.";
                        default -> at.map(when -> English.dayAndTime(when) + " works for me for " + call + ".")
                                .orElse("Which day works for " + call + "?");
                    };
                }
                String instead = them || l.requested().isFaceToFace() ? " instead" : "";
                String on = at.map(when -> " on " + English.dayAndTime(when)).orElse("");
                yield switch (channel) {
                    case EMAIL -> "Could we start by email" + instead + "?";
                    case MESSAGE -> "Could we keep in touch by message" + instead + "?";
                    case CALL, VIDEO -> l.candidate() ? "Could we have a first interview by " + channel.label() + on + instead + "?"
                            : "Could we have " + shortOne(channel) + on + instead + "?";
                    default -> "Could we have " + shortOne(channel) + instead + "?";
                };
            }
        };
    }

    /**
     * The proposal once a day, time and place are set: "Would Tuesday, December 8 at 12:30 pm work for you
     * for a coffee at Blue Bottle?" Asking "which day next week" then would ask for what is already decided.
     */
    private static String scheduledAsk(Letter l, Schedule s) {
        String when = English.dayAndTime(s.at());
        String where = s.format().isFaceToFace() && !s.place().isBlank() ? " at " + TravelNote.placeOnly(s.place()) : "";
        return switch (s.format()) {
            case EMAIL -> "I will email you on " + English.day(s.at().toLocalDate()) + ".";
            case MESSAGE -> "I will send you a message on " + English.day(s.at().toLocalDate()) + ".";
            case COFFEE -> "Would " + when + " work for you for " + (l.candidate() ? "the interview over a coffee" : "a coffee")
                    + where + "?";
            case IN_PERSON -> "Would " + when + " work for you " + (l.candidate() ? "for the interview" : "to meet") + where + "?";
            case CALL, VIDEO -> "Would " + when + " work for you for " + (l.candidate()
                    ? "the interview " + (s.format() == Channel.CALL ? "by phone" : "by video call")
                    : English.withArticle(s.format().label())) + "?";
        };
    }

    /**
     * The answer to a day and time the request proposed: taken up when they proposed it ("Tuesday,
     * November 10 at 3 pm works for me for a coffee at Blue Bottle."), asked about when you did.
     */
    private static String proposedAsk(Letter l, LocalDateTime at, Channel c, String place) {
        String when = English.dayAndTime(at);
        String where = c != null && c.isFaceToFace() && !place.isBlank() ? " at " + TravelNote.placeOnly(place) : "";
        String what = l.candidate() ? (c == Channel.COFFEE ? "for the interview over a coffee" : "for the interview")
                : c == Channel.COFFEE ? "for a coffee" : "to meet";
        return l.askedBy() == Initiator.THEM ? when + " works for me " + what + where + "."
                : "Would " + when + " work for you " + what + where + "?";
    }

    /** "I would be glad to meet: I am looking for …": one sentence, so three in a row do not start with "I". */
    private static String glad(String looking) {
        return looking.isEmpty() ? "I would be glad to meet."
                : "I would be glad to meet: " + (looking.startsWith("We ") ? "w" + looking.substring(1) : looking);
    }

    /** "I am looking for …", or "We are looking for …" for a team's business. */
    private static String lookingFor(Letter l, Need need) {
        return l.voice().whoIsLooking() + " looking for " + need.phrase(l.voice(), l.there());
    }

    /**
     * What the need asks of them: a candidate is invited to an interview (or, before meeting, to talk
     * about the role); someone who can help with the need is told so.
     */
    private static String purpose(Letter l, Need need) {
        if (l.candidate()) {
            return l.answer() == Recommendation.TARGETED_ALTERNATIVE ? "and I would like to talk with you about the role."
                    : "and I would like to invite you to an interview.";
        }
        return need.kind() == NeedKind.HIRE ? "and I would like to talk with you about it." : "and I think you could help.";
    }

    /** "A call suits me well.": the channel they proposed is the one to take. */
    private static String suits(Channel channel) {
        return switch (channel) {
            case EMAIL -> "Email suits me well.";
            case MESSAGE -> "Writing by message suits me well.";
            case VIDEO -> "A video call suits me well.";
            case IN_PERSON -> "Meeting in person suits me well.";
            case COFFEE -> "A coffee suits me well.";
            case CALL -> "A call suits me well.";
        };
    }

    /** "a short call", "a short video call", "an email". */
    private static String shortOne(Channel channel) {
        return switch (channel) {
            case CALL -> "a short call";
            case VIDEO -> "a short video call";
            case EMAIL -> "a few emails";
            case MESSAGE -> "a few messages";
            case COFFEE -> "a coffee";
            case IN_PERSON -> "a short meeting in person";
        };
    }

    /** What you would help with: your own offer's words, or what they look for. */
    static String helpPhrase(Gift gift) {
        return gift.yourOffer().orElse(gift.wanted()).inSentence(gift.names());
    }

    /** What they look for as a phrase: a role they look for takes its article ("a UX designer"). */
    private static String wantedPhrase(Gift gift) {
        // Noted about them ("an accountant for his startup"), said to them: "for your startup".
        String wanted = THEIRS.matcher(gift.wanted().inSentence(gift.names())).replaceAll("your");
        boolean hasArticle = wanted.startsWith("a ") || wanted.startsWith("an ") || wanted.startsWith("the ");
        return !hasArticle && English.namesAPerson(wanted) ? English.withArticle(wanted) : wanted;
    }

    private static String whom(Gift gift) {
        List<String> names = gift.introduce();
        return switch (names.size()) {
            case 0 -> "someone I know";
            case 1 -> names.get(0);
            case 2 -> names.get(0) + " or " + names.get(1);
            default -> names.get(0) + ", " + names.get(1) + " or " + names.get(2);
        };
    }

    private static String join(String... sentences) {
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            if (!sentence.isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(sentence.strip());
            }
        }
        return out.toString();
    }
}
