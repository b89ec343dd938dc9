package dev.needle.domain;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {
    private static final ContactId ID = new ContactId(7);
    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);

    @Test
    void snoozingAFollowUpDueLaterCountsFromItsDueDateNeverEarlier() {
        Contact due = Contact.capture(ID, "Priya Shah").followUpOn(LocalDate.of(2026, 12, 12));
        assertThat(due.snoozed(LocalDate.of(2026, 12, 6), 1).nextFollowUp()).contains(LocalDate.of(2026, 12, 13));
        assertThat(due.snoozed(LocalDate.of(2026, 12, 6), 7).nextFollowUp()).contains(LocalDate.of(2026, 12, 19));
    }

    @Test
    void snoozingAnOverdueOrUnsetFollowUpCountsFromToday() {
        Contact overdue = Contact.capture(ID, "Tom Becker").followUpOn(LocalDate.of(2026, 12, 1));
        assertThat(overdue.snoozed(LocalDate.of(2026, 12, 6), 1).nextFollowUp()).contains(LocalDate.of(2026, 12, 7));
        assertThat(Contact.capture(ID, "Tom Becker").snoozed(LocalDate.of(2026, 12, 6), 7).nextFollowUp())
                .contains(LocalDate.of(2026, 12, 13));
        assertRefused(() -> overdue.snoozed(LocalDate.of(2026, 12, 6), 0), "snooze", "at least one day");
    }

    @Test
    void keepsCategoriesStrippedOnceAndOtherProgramsFieldsThatSaySomething() {
        Contact contact = Contact.capture(ID, "Priya Shah").edit()
                .categories(java.util.List.of(" clients ", "", "friends", "clients", "  ", "Friends"))
                .foreignFields(java.util.List.of("X-SKYPE:priya", " ", "", "X-ABUID:12"))
                .build();

        assertThat(contact.categories()).containsExactly("clients", "friends", "Friends");
        assertThat(contact.foreignFields()).containsExactly("X-SKYPE:priya", "X-ABUID:12");
        assertThat(Contact.capture(ID, "Tom Becker").edit().foreignFields(java.util.List.of("X-A:1")).build()
                .foreignFields()).containsExactly("X-A:1");
    }

    @Test
    void refusesAnEmptyName() {
        assertRefused(() -> Contact.capture(ID, "   "), "name", "Name must not be empty");
        assertRefused(() -> Contact.capture(ID, null), "name", "Name must not be empty");
    }

    @Test
    void refusesANameTooLongToShow() {
        assertRefused(() -> Contact.capture(ID, "x".repeat(201)), "name", "at most 200 characters");
    }

    @Test
    void namesTypedWithCombiningAccentsEqualPrecomposedOnes() {
        Contact decomposed = Contact.capture(ID, "Jose\u0301 Pe\u0301rez");
        Contact precomposed = Contact.capture(ID, "José Pérez");
        assertThat(decomposed).isEqualTo(precomposed);
        assertThat(decomposed.name()).isEqualTo("José Pérez");
    }

    @Test
    void trimsTheName() {
        assertThat(Contact.capture(ID, "  Dana Whitfield ").name()).isEqualTo("Dana Whitfield");
    }

    @Test
    void closedKindlyOnlyWithTheClosingMessage() {
        Contact met = Contact.capture(ID, "Dana");
        assertRefused(() -> met.edit().stage(Stage.CLOSED_KINDLY).build(), "stage", "closed kindly exactly when it records the closing message");
        assertRefused(() -> met.edit().closure(Optional.of(new Closure(DAY, "Bye"))).build(), "stage", "closing message");
        assertRefused(() -> met.moveTo(Stage.CLOSED_KINDLY), "stage", "use close kindly");
    }

    @Test
    void closingKindlyKeepsTheMessageAndDropsTheFollowUp() {
        Contact closed = Contact.capture(ID, "Dana").followUpOn(DAY).closeKindly("It was nice to meet you.", DAY);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.closure()).contains(new Closure(DAY, "It was nice to meet you."));
        assertThat(closed.nextFollowUp()).isEmpty();
    }

    @Test
    void reopeningForgetsTheClosure() {
        Contact reopened = Contact.capture(ID, "Dana").closeKindly("Bye", DAY).moveTo(Stage.FOLLOWING_UP);
        assertThat(reopened.isClosed()).isFalse();
        assertThat(reopened.closure()).isEmpty();
    }

    @Test
    void refusesAnEmptyClosingMessage() {
        assertRefused(() -> Contact.capture(ID, "Dana").closeKindly(" ", DAY), "closing message", "must not be empty");
    }

    @Test
    void refusesANegativeVersion() {
        assertRefused(() -> Contact.capture(ID, "Dana").withVersion(-1), "version", "cannot be negative");
    }

    @Test
    void firstNameIsTheFirstWord() {
        assertThat(contact("Dana Whitfield").build().firstName()).isEqualTo("Dana");
        assertThat(contact("Cher").build().firstName()).isEqualTo("Cher");
        assertThat(contact("Lima, Ana").build().firstName()).as("a mail header's family-first name").isEqualTo("Ana");
    }

    @Test
    void aGreetingWithoutAGivenNameKeepsTheTitleWithTheFamilyName() {
        assertThat(contact("Mag. Ursula Höfler-Steinbauer").build().firstName()).isEqualTo("Ursula");
        assertThat(contact("Dr. Smith").build().firstName()).isEqualTo("Dr. Smith");
        assertThat(contact("Univ.-Prof. Dr. Meier").build().firstName()).isEqualTo("Univ.-Prof. Dr. Meier");
    }

    @Test
    void aFamilyNameWithItsParticleIsNotTakenForAGivenName() {
        // Walked by hand: a contact saved as "van der Berg" was greeted "Hi Van,", "de Sousa" as "Hi De,".
        assertThat(contact("van der Berg").build().firstName()).isEqualTo("Van der Berg");
        assertThat(contact("de Sousa").build().firstName()).isEqualTo("De Sousa");
        assertThat(contact("Dr. de Sousa").build().firstName()).isEqualTo("Dr. de Sousa");
        assertThat(contact("Jan van der Berg").build().firstName()).isEqualTo("Jan");
        assertThat(contact("Van Morrison").build().firstName()).isEqualTo("Van");
    }

    @Test
    void aGreetingUsesTheGivenNameNeverATitle() {
        // A card from another program (ez-vcard's iPhone sample) read "Hi Mr., thank you for thinking of me".
        assertThat(contact("Mr. John Richter James Doe Sr.").build().firstName()).isEqualTo("John");
        assertThat(contact("Dr. Ana Lima").build().firstName()).isEqualTo("Ana");
        assertThat(contact("Mr. John Doe").build().edit().nameParts(new PersonName("Mr.", "Johnny", "", "Doe", ""))
                .build().firstName()).isEqualTo("Johnny");
        // Stored by an earlier LinkedIn import, or a card whose N: has the title in the given name.
        assertThat(contact("Dr. Ahmed El-Sayed").build().edit().nameParts(new PersonName("", "Dr. Ahmed", "", "El-Sayed", ""))
                .build().firstName()).isEqualTo("Ahmed");
    }

    @Test
    void anAustrianDiplomIngenieurIsATitleNotAGivenName() {
        // "DI Thomas Öztürk" (Diplom-Ingenieur) was greeted "Hi DI".
        assertThat(contact("DI Thomas Öztürk").build().firstName()).isEqualTo("Thomas");
        assertThat(contact("DI (FH) Thomas Öztürk").build().firstName()).isEqualTo("Thomas");
        assertThat(contact("Ing. DI Eva Berger").build().firstName()).isEqualTo("Eva");
        assertThat(contact("Di Wang").build().firstName()).isEqualTo("Di");
    }

    @Test
    void aGreetingWritesANameTypedInCapitalsOrSmallLettersTheWayANameIsWritten() {
        // Read aloud by its recipient, "Hi JEAN-PIERRE," shouted and "Hi björn," looked careless.
        assertThat(contact("JEAN-PIERRE O'NEILL").build().firstName()).isEqualTo("Jean-Pierre");
        assertThat(contact("björn de la cruz").build().firstName()).isEqualTo("Björn");
        assertThat(contact("anna-lena müller").build().firstName()).isEqualTo("Anna-Lena");
        assertThat(contact("DR. SMITH").build().firstName()).isEqualTo("Dr. Smith");
        // Initials and names with capitals inside stay as typed.
        assertThat(contact("JP Morgan").build().firstName()).isEqualTo("JP");
        assertThat(contact("DeShawn Smith").build().firstName()).isEqualTo("DeShawn");
        assertThat(contact("Dana Whitfield").build().firstName()).isEqualTo("Dana");
    }

    @Test
    void worksAtIgnoresLegalSuffixesAndCase() {
        assertThat(contact("Dana").at("XYZ Corp.").build().worksAt("xyz inc")).isTrue();
        assertThat(contact("Dana").at("").build().worksAt("")).isFalse();
    }

    @Test
    void searchTextFindsAccentlessAndCaseless() {
        Contact dana = contact("José Whitfield").at("ACME").offering("UX Design").build();
        assertThat(dana.searchText()).contains("jose").contains("acme").contains("ux design");
    }

    @Test
    void refusesAnIdThatIsNotPositive() {
        assertRefused(() -> new ContactId(0), "contactId", "positive number, not 0");
    }
    @Test
    void metAtAnEventSomeoneNotMetYetIsMetThereAndKeepsWhatWasKnown() {
        Origin breakfast = Origin.atEvent(new EventId(4), LocalDate.of(2026, 3, 19));
        Contact katrin = Contact.created(new ContactId(7), "Katrin Berg").edit().stage(Stage.NOT_MET_YET).company("N26")
                .notes("Runs the data team.").build();

        Contact met = katrin.metAt(breakfast, LocalDate.of(2026, 3, 21), "Number26", "Head of Data", "Hiring in June.");

        assertThat(met.stage()).isEqualTo(Stage.MET);
        assertThat(met.origin()).isEqualTo(breakfast);
        assertThat(met.nextFollowUp()).contains(LocalDate.of(2026, 3, 21));
        assertThat(met.company()).as("what was known stays").isEqualTo("N26");
        assertThat(met.role()).isEqualTo("Head of Data");
        assertThat(met.notes()).isEqualTo("Runs the data team.\nHiring in June.");
    }

    @Test
    void metAtAnEventSomeoneFurtherAlongKeepsTheirStageWhereTheyMetFirstAndASoonerFollowUp() {
        Origin first = Origin.atEvent(new EventId(1), LocalDate.of(2025, 10, 2));
        Contact ana = Contact.created(new ContactId(8), "Ana Lima").edit().stage(Stage.RELATIONSHIP).origin(first)
                .nextFollowUp(Optional.of(LocalDate.of(2026, 3, 20))).build();

        Contact met = ana.metAt(Origin.atEvent(new EventId(4), LocalDate.of(2026, 3, 19)), LocalDate.of(2026, 3, 21), "",
                "", "");

        assertThat(met.stage()).isEqualTo(Stage.RELATIONSHIP);
        assertThat(met.origin()).isEqualTo(first);
        assertThat(met.nextFollowUp()).contains(LocalDate.of(2026, 3, 20));
    }
}
