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

    public PrepareEventService(EventStore events, NeedStore needs, ContactStore contacts, TriageSettings settings) {
        this(events, needs, contacts, settings, null);
    }

    /** With the directions, so the sheet lists what you can offer the people there ({@code directions} may be null). */
    public PrepareEventService(EventStore events, NeedStore needs, ContactStore contacts, TriageSettings settings,
                               DirectionStore directions) {
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
        return PrepSheet.build(Records.event(events, id), needs.findAll(), contacts.findAllListed(), ranking, offers)
                .forDirection(direction.map(Direction::kind).orElse(DirectionKind.JOB_SEARCH),
                        direction.map(Voice::of).orElse(Voice.I));
    }
}
