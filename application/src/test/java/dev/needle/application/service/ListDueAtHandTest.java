package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Who is losing touch, as the full screen asks before its first frame: answered at once when only
 * people's own cadences apply, and only once everyone is read when a tag's default may apply to anyone.
 */
class ListDueAtHandTest {
    private final Fakes fakes = new Fakes();
    private final WatchedThreads threads = new WatchedThreads();
    private final IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, threads);
    private final ListDueService due = new ListDueService(fakes.keepInTouch, indexed, fakes.needs, fakes.clock);

    private Contact mentor(long id, String name) {
        return fakes.contacts.save(Contact.capture(new ContactId(id), name).edit().offers(Set.of(Tag.of("mentors")))
                .build());
    }

    private static List<String> names(ListDueUseCase.Due list) {
        return list.people().stream().map(p -> p.touch().contact().name()).toList();
    }

    @Test
    void withATagsDefaultTheListWaitsForEveryoneToBeReadAndTheWaitingAreToldOnce() throws InterruptedException {
        mentor(1, "Bo Lind");
        fakes.keepInTouch.saveTagDefault(new TagCadence(Tag.of("mentors"), Cadence.parse("1m"),
                Fakes.TODAY.minusDays(60)));
        AtomicInteger told = new AtomicInteger();

        assertThat(due.dueAtHand(0)).isEmpty();
        due.whenAtHand(told::incrementAndGet);
        assertThat(told).hasValue(0);

        indexed.warmUpInBackground();
        threads.awaitIdleWork();

        assertThat(told).as("told once, when everyone was read").hasValue(1);
        assertThat(due.dueAtHand(0)).map(ListDueAtHandTest::names).contains(names(due.due(0)));
        assertThat(names(due.due(0))).containsExactly("Bo Lind");
        due.whenAtHand(told::incrementAndGet);
        indexed.warmUpInBackground();
        threads.awaitIdleWork();
        assertThat(told).as("nothing to wait for once read").hasValue(1);
    }

    @Test
    void readByASearchFirstTheWarmUpTellsTheWaitingWithoutReadingAgain() throws InterruptedException {
        mentor(1, "Bo Lind");
        fakes.keepInTouch.saveTagDefault(new TagCadence(Tag.of("mentors"), Cadence.parse("1m"),
                Fakes.TODAY.minusDays(60)));
        AtomicInteger told = new AtomicInteger();
        due.whenAtHand(told::incrementAndGet);

        assertThat(indexed.search("bo", 5)).extracting(Contact::name).containsExactly("Bo Lind");
        indexed.warmUpInBackground();
        threads.awaitIdleWork();

        assertThat(told).hasValue(1);
        assertThat(due.dueAtHand(0)).map(ListDueAtHandTest::names).contains(List.of("Bo Lind"));
    }

    @Test
    void withOnlyTheirOwnCadencesTheListIsAnsweredAtOnceWithoutReadingEveryone() {
        Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana Ruiz"));
        mentor(2, "Bo Lind");
        fakes.keepInTouch.save(new KeepInTouch(ana.id(), Optional.of(Cadence.parse("2w")), Optional.empty(),
                Fakes.TODAY.minusDays(40)));

        assertThat(due.dueAtHand(0)).map(ListDueAtHandTest::names).contains(List.of("Ana Ruiz"));
        assertThat(indexed.listedAtHand()).as("everyone is still unread").isFalse();
    }
}
