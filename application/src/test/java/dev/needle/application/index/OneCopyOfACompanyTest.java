package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.fake.FakeContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Colleagues share an employer and often a job title: a store's read gives each row its own copy of
 * both, and the index keeps everyone, so it keeps one copy of each (with 100k contacts, a few MB).
 */
class OneCopyOfACompanyTest {
    private final FakeContactStore database = new FakeContactStore();

    private void seed(long id, String name, String company, String role) {
        database.save(Contact.capture(new ContactId(id), name).edit().company(company).role(role).build());
    }

    @Test
    void colleaguesReadForTheIndexShareOneCompanyAndOneRole() {
        seed(1, "Ana Lima", new String("Acme GmbH"), new String("Designer"));
        seed(2, "Bo Lind", new String("Acme GmbH"), new String("Designer"));
        seed(3, "Cy Diaz", new String("Globex"), new String("Engineer"));

        List<Contact> read = new FullRead(database, new CatchUp(database), new HandedOut()).everyone();

        assertThat(read).extracting(Contact::company).containsExactly("Acme GmbH", "Acme GmbH", "Globex");
        assertThat(read.get(0).company()).isSameAs(read.get(1).company());
        assertThat(read.get(0).role()).isSameAs(read.get(1).role());
        assertThat(read.get(2).role()).isEqualTo("Engineer");
    }
}
