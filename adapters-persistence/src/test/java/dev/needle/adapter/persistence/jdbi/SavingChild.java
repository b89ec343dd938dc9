package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.nio.file.Path;

/**
 * Child process of {@link KillTest}: saves contacts on the production H2 file settings as fast as it can
 * and prints each id only after its save has committed, until it is killed.
 */
final class SavingChild {
    private SavingChild() {
    }

    public static void main(String[] args) {
        JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(Path.of(args[0])), FreshH2Databases.USER, FreshH2Databases.PASSWORD);
        for (int i = 0; ; i++) {
            long id = db.ids().next();
            db.contacts().save(Contact.capture(new ContactId(id), "Contact " + i).edit().notes("x".repeat(i % 500)).build());
            // Acknowledged only after save() returned, that is after the commit.
            System.out.println(id);
            System.out.flush();
        }
    }
}
