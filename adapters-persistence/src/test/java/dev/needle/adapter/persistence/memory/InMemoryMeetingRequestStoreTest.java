package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.MeetingRequestStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryMeetingRequestStoreTest extends MeetingRequestStoreContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
