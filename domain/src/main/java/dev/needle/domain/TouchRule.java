package dev.needle.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keep-in-touch rule. The cadence that applies is the contact's own when set ("none" switches
 * reminders off for them), otherwise the most frequent default among their tags (offers and looking
 * for). They come due when that cadence has passed since the last interaction of any kind; with no
 * interaction logged, since the day they were met, or, when that is unknown, since the cadence was
 * set. A snooze holds the date back until the snooze ends. Closed contacts are never due.
 */
public final class TouchRule {
    private static final Comparator<TagCadence> MOST_FREQUENT = Comparator
            .comparingInt((TagCadence t) -> t.cadence().roughDays()).thenComparing(TagCadence::tag);
    /** Longest overdue first; then by name, so the order is stable. */
    public static final Comparator<TouchDue> LONGEST_OVERDUE_FIRST = Comparator.comparing(TouchDue::dueOn)
            .thenComparing(d -> d.contact().name()).thenComparing(d -> d.contact().id());

    private TouchRule() {
    }

    /** When this contact comes due, or empty when no cadence applies to them. */
    public static Optional<TouchDue> dueOf(Contact contact, Optional<KeepInTouch> settings,
                                           Collection<TagCadence> defaults, Optional<LastTouch> last) {
        if (contact.isClosed()) {
            return Optional.empty();
        }
        Optional<Cadence> own = settings.flatMap(KeepInTouch::own);
        Cadence cadence;
        Optional<Tag> fromTag;
        LocalDate since;
        if (own.isPresent()) {
            if (own.get().isNone()) {
                return Optional.empty();
            }
            cadence = own.get();
            fromTag = Optional.empty();
            since = settings.get().since();
        } else {
            Optional<TagCadence> chosen = defaults.stream()
                    .filter(d -> has(contact.offers(), d.tag()) || has(contact.lookingFor(), d.tag())).min(MOST_FREQUENT);
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            cadence = chosen.get().cadence();
            fromTag = Optional.of(chosen.get().tag());
            since = chosen.get().since();
        }
        LocalDate from = last.map(LastTouch::on).or(() -> contact.origin().on()).orElse(since);
        LocalDate dueOn = cadence.after(from);
        Optional<LocalDate> snooze = settings.flatMap(KeepInTouch::snoozedUntil);
        if (snooze.isPresent() && snooze.get().isAfter(dueOn)) {
            dueOn = snooze.get();
        }
        return Optional.of(new TouchDue(contact, cadence, fromTag, dueOn, last));
    }

    /**
     * Whether a tag default could give this person a cadence: one of their tags (offers and looking for)
     * has one. Without that, and without settings of their own, {@link #dueOf} never makes them due.
     */
    public static boolean anyTagDefaultFor(Set<Tag> offers, Set<Tag> lookingFor, Collection<TagCadence> defaults) {
        for (TagCadence d : defaults) {
            if (has(offers, d.tag()) || has(lookingFor, d.tag())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code tags} hold {@code tag} however it was typed. */
    private static boolean has(Set<Tag> tags, Tag tag) {
        for (Tag held : tags) {
            if (held.sameAs(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Everyone due on or before {@code until}, longest overdue first. */
    public static List<TouchDue> dueBy(LocalDate until, Collection<Contact> contacts, Map<ContactId, KeepInTouch> settings,
                                       Collection<TagCadence> defaults, Map<ContactId, LastTouch> last) {
        List<TouchDue> due = new ArrayList<>();
        for (Contact c : contacts) {
            dueOf(c, Optional.ofNullable(settings.get(c.id())), defaults, Optional.ofNullable(last.get(c.id())))
                    .filter(d -> d.isDueBy(until)).ifPresent(due::add);
        }
        due.sort(LONGEST_OVERDUE_FIRST);
        return due;
    }
}
