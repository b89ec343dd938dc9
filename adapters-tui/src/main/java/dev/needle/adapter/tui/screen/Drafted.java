package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.form.DraftPlace;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.domain.Draft;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms and editors a draft can be reopened in, by the kind each tags its drafts with, and the words
 * that name a draft to the user ("A note on Rita Sousa").
 */
final class Drafted {
    static final String CONTACT_NOTES = "contact-notes";
    static final String PRIVATE_NOTE = "private-note";
    static final String NEED_NOTES = "need-notes";
    static final String CONTACT_EDIT = "contact-edit";
    static final String CAPTURE = "capture";
    static final String LOG = "log-interaction";
    static final String FOLLOW_UP = "follow-up";
    static final String FOLLOW_UP_DONE = "follow-up-done";
    static final String MEETING_REQUEST = "meeting-request";
    static final String NEED_ADD = "need-add";
    static final String NEED_EDIT = "need-edit";
    static final String CAPTURE_AT = "capture-at-event";
    static final String TOUCH_PERSON = "keep-in-touch";
    static final String TOUCH_BY_NAME = "keep-in-touch-by-name";
    static final String TOUCH_TAG = "tag-cadence";
    static final String BUDGET = "budget";
    static final String EVENT_ADD = "event-add";
    static final String EVENT_EDIT = "event-edit";
    static final String PREP_EXPORT = "prep-export";
    static final String ACCEPT = "accept-request";
    static final String COUNTER = "counter-request";
    static final String SETUP_DIRECTION = "setup-direction";
    static final String SETUP_NEED = "setup-need";
    static final String SETUP_BUDGET = "setup-budget";
    static final String DIRECTION_NEW = "direction-new";
    static final String OFFERS = "offers";

    private static final String CONTACT = "contact:";
    private static final String NEED = "need:";
    private static final String EVENT = "event:";
    /** A request is named after its person: "contact:42;request:7". */
    private static final String REQUEST = ";request:";

    private Drafted() {
    }

    static DraftPlace about(String kind, Contact contact) {
        return DraftPlace.of(kind, CONTACT + contact.id().value(), contact.name());
    }

    static DraftPlace about(String kind, Need need) {
        return DraftPlace.of(kind, NEED + need.id().value(), need.title());
    }

    static DraftPlace about(String kind, Event event) {
        return DraftPlace.of(kind, EVENT + event.id().value(), event.name());
    }

    static DraftPlace about(String kind, Contact contact, MeetingRequest request) {
        return DraftPlace.of(kind, CONTACT + contact.id().value() + REQUEST + request.id().value(), contact.name());
    }

    static DraftPlace about(String kind) {
        return DraftPlace.of(kind, "", "");
    }

    /** The contact a draft was typed about, when it names one. */
    static Optional<ContactId> contact(Draft draft) {
        return number(draft.subject(), CONTACT).map(ContactId::new);
    }

    /** The need a draft was typed about, when it names one. */
    static Optional<NeedId> need(Draft draft) {
        return number(draft.subject(), NEED).map(NeedId::new);
    }

    /** The event a draft was typed about, when it names one. */
    static Optional<EventId> event(Draft draft) {
        return number(draft.subject(), EVENT).map(EventId::new);
    }

    /** The meeting request a draft was typed about, when it names one. */
    static Optional<MeetingRequestId> request(Draft draft) {
        int at = draft.subject().indexOf(REQUEST);
        return at < 0 ? Optional.empty() : number(draft.subject().substring(at + 1), REQUEST.substring(1))
                .map(MeetingRequestId::new);
    }

    /** The number after {@code prefix}, up to the next part of the subject. */
    private static Optional<Long> number(String subject, String prefix) {
        if (!subject.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = subject.substring(prefix.length());
        int end = rest.indexOf(';');
        try {
            return Optional.of(Long.parseLong(end < 0 ? rest : rest.substring(0, end)));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** Whether the draft was typed in a step of the guided setup. */
    static boolean inSetup(Draft d) {
        return d.kind().equals(SETUP_DIRECTION) || d.kind().equals(SETUP_NEED) || d.kind().equals(SETUP_BUDGET);
    }

    /** What the draft is, as the user would say it: "A note on Rita Sousa". */
    static String named(Draft d) {
        return named(d, d.about());
    }

    /** What the draft is, naming {@code about} as whom or what it is about. */
    private static String named(Draft d, String about) {
        return switch (d.kind()) {
            case CONTACT_NOTES -> "A note on " + about;
            case PRIVATE_NOTE -> "A private note on " + about;
            case NEED_NOTES -> "A note on the need \"" + about + "\"";
            case CONTACT_EDIT -> "An edit of " + about;
            case CAPTURE -> "A new contact";
            case LOG -> "A log entry for " + about;
            case FOLLOW_UP -> "A follow-up date for " + about;
            case FOLLOW_UP_DONE -> "A follow-up done with " + about;
            case MEETING_REQUEST -> "A meeting request from " + about;
            case NEED_ADD -> "A new need";
            case NEED_EDIT -> "An edit of the need \"" + about + "\"";
            case CAPTURE_AT -> "A person at " + about;
            case TOUCH_PERSON -> "A keep-in-touch cadence for " + about;
            case TOUCH_BY_NAME -> "A keep-in-touch cadence";
            case TOUCH_TAG -> "A tag's keep-in-touch cadence";
            case BUDGET -> "A budget";
            case EVENT_ADD -> "A new event";
            case EVENT_EDIT -> "An edit of the event \"" + about + "\"";
            case PREP_EXPORT -> "An export of the prep sheet for " + about;
            case ACCEPT -> "A meeting to schedule with " + about;
            case COUNTER -> "A cheaper offer to " + about;
            case SETUP_DIRECTION -> "The setup's direction";
            case SETUP_NEED -> "The setup's first need";
            case SETUP_BUDGET -> "The setup's budget";
            case DIRECTION_NEW -> "A new direction";
            case OFFERS -> "An edit of what you can offer";
            default -> "What you typed in \"" + d.title() + "\"";
        };
    }

    /** When it was kept, short: "today 15:40", "Mon 15:40" within the week, else "30 Nov 15:40". */
    static String when(Draft d, LocalDate today) {
        return d.keptAt().map(at -> when(at, today)).orElse("just now");
    }

    private static String when(LocalDateTime at, LocalDate today) {
        LocalDate day = at.toLocalDate();
        String time = at.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH));
        if (day.equals(today)) {
            return "today " + time;
        }
        boolean thisWeek = day.isBefore(today) && day.isAfter(today.minusDays(7));
        return at.format(DateTimeFormatter.ofPattern(thisWeek ? "EEE" : "d MMM", Locale.ENGLISH)) + " " + time;
    }

    /**
     * What happened to the record a draft was typed on, as the user should read it before choosing:
     * "Rita Sousa's notes changed in another session at 16:14, after this draft was kept." {@code whose}
     * names what changed, {@code changedAt} is the record's last change when the team's marks know it.
     */
    static String changedMeanwhile(String whose, Draft d, Optional<LocalDateTime> changedAt, LocalDate today) {
        boolean noted = d.fields().stream().anyMatch(f -> f.opened().isPresent());
        if (!noted) {
            return whose + " may have changed since this draft was kept: compare them before you save.";
        }
        if (changedAt.isEmpty()) {
            return whose + " changed in another session since you began this draft.";
        }
        LocalDateTime at = changedAt.get();
        String time = at.toLocalDate().equals(today) ? "at " + at.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH))
                : "on " + when(at, today);
        boolean afterKept = d.keptAt().map(at::isAfter).orElse(true);
        return whose + " changed in another session " + time + (afterKept ? ", after this draft was kept."
                : ", while this draft was typed.");
    }

    /**
     * The start's line when drafts wait, newest first, whole within {@code columns}: R, what the newest is
     * and when it was kept, or the longest of shorter sentences that fits; a sentence is never cut in a word.
     */
    static String notice(List<Draft> waiting, LocalDate today, int columns) {
        Draft newest = waiting.get(0);
        String more = waiting.size() > 1 ? "; " + (waiting.size() - 1) + " more" : "";
        // How many more wait is said again once R has reopened this one: it goes before the draft's name does.
        List<String> whole = sentences(named(newest), more);
        String dated = whole.get(0).substring(0, whole.get(0).length() - 1) + " (" + when(newest, today) + more + ").";
        Optional<String> fits = java.util.stream.Stream.concat(java.util.stream.Stream.of(dated), whole.stream())
                .filter(sentence -> SafeText.width(sentence) <= columns).findFirst();
        if (fits.isPresent()) {
            return fits.get();
        }
        // A name too long for the line is shortened rather than left out: the line still says whose draft it is.
        for (String sentence : sentences(named(newest, NAME_HERE), more)) {
            int room = columns - SafeText.width(sentence.replace(NAME_HERE, ""));
            if (sentence.contains(NAME_HERE) && room >= LEAST_OF_A_NAME) {
                // A sentence that ends on the shortened name ends on its "…", not on "…." as well.
                return sentence.replace(NAME_HERE, SafeText.clip(newest.about(), room)).replace("….", "…");
            }
        }
        return java.util.stream.Stream.of("Press R to reopen what you typed when a session ended.",
                "Press R to reopen your draft.").filter(sentence -> SafeText.width(sentence) <= columns).findFirst()
                .orElse("Press R to reopen your draft.");
    }

    /** Where a shortened name goes: a character no name holds (Unicode's private use). */
    private static final String NAME_HERE = "\uE000";
    /** Fewer columns than this of a name tells no one who it is. */
    private static final int LEAST_OF_A_NAME = 16;

    /** The start's sentences naming the draft, longest first, without when it was kept. */
    private static List<String> sentences(String named, String more) {
        String what = "Press R to reopen " + Character.toLowerCase(named.charAt(0)) + named.substring(1);
        String ended = what + ", kept when a session ended";
        return List.of(ended + more + ".", ended + ".", what + more + ".", what + ".");
    }
}
