package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.Stores;

/** The contract tests' view of one opened database. */
final class JdbiStores {
    private JdbiStores() {
    }

    static Stores of(JdbiPersistence p) {
        return new Stores(p.contacts(), p.needs(), p.directions(), p.events(), p.interactions(), p.meetingRequests(),
                p.budget(), p.transactions(), p.ids(), p.changes());
    }
}
