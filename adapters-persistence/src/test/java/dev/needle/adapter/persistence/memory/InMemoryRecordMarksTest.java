package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.RecordMarksContract;

class InMemoryRecordMarksTest extends RecordMarksContract {
    private InMemoryPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = InMemoryPersistence.open();
        return new Stores(persistence.contacts(), persistence.needs(), persistence.directions(), persistence.events(),
                persistence.interactions(), persistence.meetingRequests(), persistence.budget(), persistence.transactions(),
                persistence.ids(), persistence.changes());
    }

    @Override
    protected RecordMarks marks() {
        return persistence.marks();
    }
}
