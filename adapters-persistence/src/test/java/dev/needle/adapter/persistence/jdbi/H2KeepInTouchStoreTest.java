package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.SentReminders;
import dev.needle.application.port.out.contract.KeepInTouchStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The KeepInTouchStore and SentReminders contract against a real H2 database. */
class H2KeepInTouchStoreTest extends KeepInTouchStoreContract {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();
    private JdbiPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = DATABASES.freshPersistence();
        return JdbiStores.of(persistence);
    }

    @Override
    protected KeepInTouchStore keepInTouch() {
        return persistence.keepInTouch();
    }

    @Override
    protected SentReminders sentReminders() {
        return persistence.sentReminders();
    }
}
