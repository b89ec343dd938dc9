package dev.needle.application.service;

import dev.needle.application.port.in.PrepareEventUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.EventId;
import dev.needle.domain.triage.HelperRanking;
import dev.needle.domain.triage.PrepSheet;
import dev.needle.domain.triage.TriageSettings;

/** Builds an event's prep sheet from the needs and everyone you know. */
public final class PrepareEventService implements PrepareEventUseCase {
    private final EventStore events;
    private final NeedStore needs;
    private final ContactStore contacts;
    private final HelperRanking ranking;

    public PrepareEventService(EventStore events, NeedStore needs, ContactStore contacts, TriageSettings settings) {
        this.events = events;
        this.needs = needs;
        this.contacts = contacts;
        this.ranking = new HelperRanking(settings);
    }

    @Override
    public PrepSheet prepare(EventId id) {
        return PrepSheet.build(Records.event(events, id), needs.findAll(), contacts.findAll(), ranking);
    }
}
