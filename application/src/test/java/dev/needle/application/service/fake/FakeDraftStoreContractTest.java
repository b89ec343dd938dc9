package dev.needle.application.service.fake;

import dev.needle.application.port.out.DraftStore;
import dev.needle.application.port.out.contract.DraftStoreContract;

/** The fake passes the contract the draft files pass, so a service test over it is as true as over them. */
class FakeDraftStoreContractTest extends DraftStoreContract {
    @Override
    protected DraftStore drafts() {
        return new FakeDraftStore();
    }
}
