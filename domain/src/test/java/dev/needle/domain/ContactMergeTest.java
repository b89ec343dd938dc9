package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactMergeTest {
    private final Contact known = Contact.capture(new ContactId(1), "Ana Ruiz").edit().company("Acme").role("")
            .reach(new Reach(List.of("ana@acme.example"), List.of("+34 600 111 222"), List.of("https://acme.example/ana")))
            .offers(Set.of(Tag.of("design"))).foreignFields(List.of("X-SKYPE:ana")).build();

    @Test
    void fillsBlanksAndUnitesWithoutRepeatingWhatIsWrittenDifferently() {
        Contact incoming = Contact.capture(new ContactId(1), "Ana Ruiz").edit().company("ACME Inc.").role("CTO")
                .reach(new Reach(List.of("ANA@acme.example", "ana@home.example"), List.of("+34600111222"),
                        List.of("http://www.acme.example/ana/")))
                .offers(Set.of(Tag.of("hiring"))).foreignFields(List.of("X-SKYPE:ana", "BDAY:1990-01-02"))
                .origin(new Origin(Optional.empty(), "", Optional.of(LocalDate.of(2020, 10, 5)), Optional.empty())).build();

        ContactMerge merge = known.absorb(incoming);

        Contact merged = merge.merged();
        assertThat(merged.company()).isEqualTo("Acme");
        assertThat(merged.role()).isEqualTo("CTO");
        assertThat(merged.reach().emails()).containsExactly("ana@acme.example", "ana@home.example");
        assertThat(merged.reach().phones()).containsExactly("+34 600 111 222");
        assertThat(merged.reach().urls()).containsExactly("https://acme.example/ana");
        assertThat(merged.offers()).containsExactlyInAnyOrder(Tag.of("design"), Tag.of("hiring"));
        assertThat(merged.foreignFields()).containsExactly("X-SKYPE:ana", "BDAY:1990-01-02");
        assertThat(merged.origin().on()).contains(LocalDate.of(2020, 10, 5));
        assertThat(merge.notes()).isEmpty();
    }

    @Test
    void neverOverwritesAndSaysWhereTheFileDisagrees() {
        Contact incoming = Contact.capture(new ContactId(1), "Ana R. Ruiz").edit().company("Globex").build();

        ContactMerge merge = known.absorb(incoming);

        assertThat(merge.merged().company()).isEqualTo("Acme");
        assertThat(merge.merged().name()).isEqualTo("Ana Ruiz");
        assertThat(merge.notes()).containsExactly("kept company \"Acme\", the file says \"Globex\"",
                "kept name \"Ana Ruiz\", the file says \"Ana R. Ruiz\"");
    }

    @Test
    void aRecordWithNothingNewChangesNothing() {
        assertThat(known.absorb(Contact.capture(new ContactId(1), "Ana Ruiz")).changed(known)).isFalse();
    }

    @Test
    void aTagTheContactHoldsTypedAnotherWayIsNotAddedAgain() {
        Contact tagged = known.edit().offers(Set.of(Tag.of("hiring"))).build();
        Contact incoming = Contact.capture(new ContactId(1), "Ana Ruiz").edit()
                .offers(Set.of(Tag.of("Hiring"), Tag.of("Cloud Migrations"))).build();

        Contact merged = tagged.absorb(incoming).merged();

        assertThat(merged.offers()).containsExactlyInAnyOrder(Tag.of("hiring"), Tag.of("Cloud Migrations"));
        assertThat(tagged.absorb(Contact.capture(new ContactId(1), "Ana Ruiz").edit()
                .offers(Set.of(Tag.of("HIRING"))).build()).changed(tagged)).isFalse();
    }
}
