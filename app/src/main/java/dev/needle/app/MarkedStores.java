package dev.needle.app;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.team.Authorship;

/**
 * One person's view of a database's stores (issue 20): every contact, need, event, meeting request
 * and interaction written through them is marked with who wrote it and when, in the same unit of work.
 * Everything wired over the result (imports and merges included) is marked without knowing it.
 */
final class MarkedStores {
    private MarkedStores() {
    }

    static StorePorts of(StorePorts stores, Authorship authors) {
        return new StorePorts(authors.contacts(stores.contacts()), authors.needs(stores.needs()), stores.directions(),
                authors.events(stores.events()), authors.interactions(stores.interactions()),
                authors.requests(stores.meetingRequests()), stores.budget(), stores.transactions(), stores.ids(),
                stores.changes(), stores.keepInTouch(), stores.sentReminders(), stores.loggedSources(),
                stores.syncStates(), stores.team(), stores.marks(), stores.assignments(), stores.privateNotes(),
                stores.personalLimits());
    }

    static Authorship authorship(StorePorts stores, ActingPerson acting, ClockPort clock) {
        return Authorship.of(stores.marks(), stores.team(), acting, clock, stores.transactions());
    }
}
