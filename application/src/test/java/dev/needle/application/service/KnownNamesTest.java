package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a calendar entry's title names, when the entry lists nobody. */
class KnownNamesTest {
    private final Contact helene = Contact.capture(new ContactId(1), "Hélène Marchand");
    private final Contact soren = Contact.capture(new ContactId(2), "Søren Østergaard");

    @Test
    void fullNamesAreFoundAsWholeWordsInAnyCaseAndWithAPossessive() {
        KnownNames names = new KnownNames(List.of(helene, soren));

        assertThat(names.namedIn("Café avec HÉLÈNE MARCHAND puis Søren Østergaard's panel"))
                .extracting(Contact::name).containsExactly("Hélène Marchand", "Søren Østergaard");
        assertThat(names.namedIn("Hélène Marchandise review")).isEmpty();
        assertThat(names.namedIn("Lunch with Hélène")).isEmpty();
    }

    @Test
    void aNameTwoContactsShareNamesNeitherOfThem() {
        KnownNames names = new KnownNames(List.of(helene, Contact.capture(new ContactId(3), "Hélène Marchand"), soren));

        assertThat(names.namedIn("Call Hélène Marchand and Søren Østergaard")).extracting(Contact::name)
                .containsExactly("Søren Østergaard");
    }

    @Test
    void aContactListedFamilyNameFirstIsFoundByTheNameAsSaid() {
        KnownNames names = new KnownNames(List.of(Contact.capture(new ContactId(4), "Østergaard, Søren")));

        assertThat(names.namedIn("Call with Søren Østergaard about Ørsted Lyon")).extracting(Contact::name)
                .containsExactly("Østergaard, Søren");
    }
}
