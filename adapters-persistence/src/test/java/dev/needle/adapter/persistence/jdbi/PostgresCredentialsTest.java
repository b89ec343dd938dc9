package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Credentials written into a PostgreSQL URL still reach the server, although the URL given to the driver loses them. */
class PostgresCredentialsTest {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Test
    void userAndPasswordInTheUrlAreUsedToConnect() {
        String url = DATABASES.freshUrl();
        String withCredentials = url + (url.contains("?") ? "&" : "?") + "user=" + SharedPostgres.USER + "&password=anything";

        try (JdbiPersistence db = JdbiPersistence.open(withCredentials, "nobody-of-that-name", null)) {
            Contact saved = db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Reached"));
            assertThat(db.contacts().find(saved.id())).contains(saved);
        }
    }
}
