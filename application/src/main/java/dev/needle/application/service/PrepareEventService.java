package dev.needle.application.service;

import dev.needle.application.port.in.PrepareEventUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.EventId;
import dev.needle.domain.Tag;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.SearchText;
import dev.needle.domain.triage.Acquaintance;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import dev.needle.domain.Voice;
import java.util.Optional;
import java.util.Set;
import dev.needle.domain.triage.HelperRanking;
import dev.needle.domain.triage.PrepSheet;
import dev.needle.domain.triage.TriageSettings;

/** Builds an event's prep sheet from the needs and everyone you know. */
public final class PrepareEventService implements PrepareEventUseCase {
    private final EventStore events;
    private final NeedStore needs;
    private final ContactStore contacts;
    private final HelperRanking ranking;
    private final DirectionStore directions;
    private final InteractionStore interactions;

    public PrepareEventService(EventStore events, NeedStore needs, ContactStore contacts, TriageSettings settings) {
        this(events, needs, contacts, settings, null);
    }

    /** With the directions, so the sheet lists what you can offer the people there ({@code directions} may be null). */
    public PrepareEventService(EventStore events, NeedStore needs, ContactStore contacts, TriageSettings settings,
                               DirectionStore directions) {
        this(events, needs, contacts, settings, directions, null);
    }

    /**
     * With the interactions too, so each person's block says when you were last in touch ({@code
     * interactions} may be null).
     */
    public PrepareEventService(EventStore events, NeedStore needs, ContactStore contacts, TriageSettings settings,
                               DirectionStore directions, InteractionStore interactions) {
        this.interactions = interactions;
        this.directions = directions;
        this.events = events;
        this.needs = needs;
        this.contacts = contacts;
        this.ranking = new HelperRanking(settings);
    }

    @Override
    public PrepSheet prepare(EventId id) {
        Optional<Direction> direction = directions == null ? Optional.empty() : directions.active();
        Set<Tag> offers = direction.map(Direction::offers).orElse(Set.of());
        Event stored = Records.event(events, id);
        List<Contact> everyone = contacts.findAllListed();
        Map<EventId, Event> byId = new HashMap<>();
        events.findAll().forEach(e -> byId.put(e.id(), e));
        Map<ContactId, Contact> people = new HashMap<>();
        everyone.forEach(c -> people.put(c.id(), c));
        Set<ContactId> likely = new HashSet<>();
        String series = series(stored.name());
        // People captured at this very event were there: they count as expected, not as "may be there".
        Event event = stored;
        for (Contact c : everyone) {
            Event metAt = c.origin().event().map(byId::get).orElse(null);
            if (metAt == null) {
                continue;
            }
            if (metAt.id().equals(stored.id())) {
                event = event.expecting(c.id());
            } else if (!series.isEmpty() && series.equals(series(metAt.name())) && !metAt.date().isAfter(stored.date())) {
                likely.add(c.id());
            }
        }
        Event here = event;
        return PrepSheet.build(here, needs.findAll(), everyone, ranking, offers, likely,
                        c -> known(c, byId, people, here))
                .forDirection(direction.map(Direction::kind).orElse(DirectionKind.JOB_SEARCH),
                        direction.map(Voice::of).orElse(Voice.I));
    }

    /** Where and when you met, who introduced you, and your last interaction before the event. */
    private Acquaintance known(Contact c, Map<EventId, Event> byId, Map<ContactId, Contact> people, Event event) {
        Optional<String> metAt = c.origin().event().map(byId::get).map(Event::name)
                .or(() -> Optional.of(c.origin().place().strip()).filter(p -> !p.isEmpty()));
        Optional<String> by = c.origin().introducedBy().map(people::get).map(Contact::name);
        Optional<LocalDate> last = interactions == null ? Optional.empty() : interactions.findByContact(c.id()).stream()
                .map(Interaction::date).filter(d -> !d.isAfter(event.date())).max(LocalDate::compareTo);
        return new Acquaintance(metAt, c.origin().on(), by, last);
    }

    /**
     * The name a recurring event keeps from one edition to the next: "Legal Tech Porto #4" and "Legal
     * Tech Porto #3" are the same series, so people met at the third may well come to the fourth.
     */
    static String series(String name) {
        return SearchText.fold(name).replaceAll("[\\p{N}#]+", " ").replaceAll("\\s+", " ").strip();
    }
}
