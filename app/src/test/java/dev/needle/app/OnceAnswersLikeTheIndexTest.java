package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Origin;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real H2 database, what {@code needle contacts QUERY}, {@code needle query} and {@code needle due}
 * use (reading only what the question needs) answers exactly what the full screen's index answers.
 */
class OnceAnswersLikeTheIndexTest {
    private static final String[] NAMES = {"Ana Berg", "Ana Berg", "Anabel Bergström", "Hanna Andersson", "José Ruiz",
        "jose ruiz", "Zoë Ångström", "Bo Chen", "Marta Insights", "Иван Петров", "王翔", "Berg"};
    private static final String[] NOTES = {"", "Met at the insghts meetup", "loves bergs", "research on research"};
    private static final String[] TAGS = {"market research", "insights", "mentors", "café owners"};

    @TempDir
    Path dir;
    private OpenDatabase db;
    private UseCases useCases;

    @BeforeEach
    void aVariedAddressBook() {
        db = Databases.open(Optional.empty(), dir, Map.of());
        Teammate me = db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), "Me", LocalDate.now()));
        useCases = UseCases.wire(db.stores(), new SystemClock(Clock.systemDefaultZone()), TriageSettings.defaults(),
                MeetingDefaults.standard(), () -> me);
        LocalDate today = LocalDate.now();
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Contact c = Contact.capture(new ContactId(db.stores().ids().next()), NAMES[i % NAMES.length]).edit()
                    .company(i % 3 == 0 ? "Acme" : i % 3 == 1 ? "Insights AB" : "")
                    .offers(Set.of(Tag.of(TAGS[i % TAGS.length]))).lookingFor(i % 5 == 0 ? Set.of(Tag.of("mentors")) : Set.of())
                    .reach(i % 2 == 0 ? Reach.email("person" + i + "@acme.example") : Reach.NONE)
                    .origin(new Origin(Optional.empty(), "", i % 4 == 0 ? Optional.empty()
                            : Optional.of(today.minusDays(i * 5L)), Optional.empty()))
                    .notes(NOTES[i % NOTES.length]).build();
            people.add(i % 7 == 0 ? c.closeKindly("Thanks, not now.", today) : c);
        }
        people = db.stores().contacts().saveAll(people);
        useCases.privateNotes().write(people.get(1).id(), "The zanzibar plan");
        db.stores().keepInTouch().saveTagDefault(new TagCadence(Tag.of("mentors"), Cadence.parse("2w"), today.minusDays(90)));
        db.stores().keepInTouch().save(new KeepInTouch(people.get(3).id(), Optional.of(Cadence.parse("1w")),
                Optional.empty(), today.minusDays(30)));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void searchesFindTheSamePeopleInTheSameOrder() {
        for (String query : List.of("", "ana berg", "berg", "insghts", "insights", "jose", "josé ruiz", "zoe", "search",
                "acme.example", "market research", "cafe", "иван", "王", "a", "zanzibar", "nobody")) {
            for (int limit : new int[] {Integer.MAX_VALUE, 3}) {
                // By id: the index answers listed copies, the one-off search whole contacts.
                assertThat(useCases.once().searchContacts().search(query, limit)).as("\"%s\", %d", query, limit)
                        .extracting(Contact::id).containsExactlyElementsOf(
                                useCases.searchContacts().search(query, limit).stream().map(Contact::id).toList());
            }
        }
        assertThat(useCases.once().searchContacts().search("insghts", Integer.MAX_VALUE)).isNotEmpty();
        assertThat(useCases.once().searchContacts().search("zanzibar", Integer.MAX_VALUE))
                .as("a private note is never searched").isEmpty();
    }

    @Test
    void dueListsTheSamePeople() {
        // The full screen's list is of the index's listed copies: the same people, due the same way.
        for (int within : new int[] {0, 7, 60}) {
            assertThat(dueAsListed(useCases.once().due().due(within))).as("within %d", within)
                    .isEqualTo(dueAsListed(useCases.touch().due().due(within)));
        }
        assertThat(useCases.once().due().due(60).people()).isNotEmpty();
    }

    private static List<String> dueAsListed(ListDueUseCase.Due due) {
        return due.people().stream().map(p -> p.touch().contact().id() + " " + p.touch().contact().name() + " "
                + p.touch().cadence() + " " + p.touch().fromTag() + " " + p.touch().dueOn() + " " + p.daysOverdue()
                + " " + p.serves()).toList();
    }
}
