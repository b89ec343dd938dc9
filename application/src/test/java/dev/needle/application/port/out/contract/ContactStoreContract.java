package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactSample;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Origin;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.ContactStore} adapter must do. */
public abstract class ContactStoreContract extends StoreContract {

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(db.contacts().find(newContactId())).isEmpty();
        assertThat(db.contacts().findAll()).isEmpty();
    }

    @Test
    void aSavedContactIsFoundAgainWithVersionOne() {
        Contact saved = db.contacts().save(Contact.capture(newContactId(), "Ada Lovelace"));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(db.contacts().find(saved.id())).contains(saved);
    }

    @Test
    void everyFieldRoundTrips() {
        Event meetup = db.events().save(Event.plan(newEventId(), "Nordic Tech Meetup", LocalDate.of(2024, 2, 29), "Stockholm"));
        Contact introducer = savedContact("Grace Hopper");
        Contact full = Samples.fullContact(newContactId(), meetup.id(), introducer.id());

        Contact saved = db.contacts().save(full);

        assertThat(saved).isEqualTo(full.withVersion(1));
        assertThat(db.contacts().find(full.id())).contains(saved);
    }

    @Test
    void saveAllStoresNewAndKnownContactsWithEveryPartAndNewVersions() {
        Event meetup = db.events().save(Event.plan(newEventId(), "Nordic Tech Meetup", LocalDate.of(2024, 2, 29), "Stockholm"));
        Contact known = savedContact("Grace Hopper");
        Contact full = Samples.fullContact(newContactId(), meetup.id(), known.id());
        // More than one batch's worth of new contacts, each with child rows of its own.
        List<Contact> many = IntStream.range(0, 1_203)
                .mapToObj(i -> Contact.capture(newContactId(), "Person " + i).edit()
                        .foreignFields(List.of("X-N:" + i)).build())
                .toList();
        List<Contact> batch = Stream.concat(Stream.of(full, known.edit().role("Rear admiral").build()), many.stream()).toList();

        List<Contact> saved = db.contacts().saveAll(batch);

        assertThat(saved).extracting(Contact::version).containsExactlyElementsOf(
                batch.stream().map(c -> c.version() + 1).toList());
        assertThat(db.contacts().find(full.id())).contains(full.withVersion(1));
        assertThat(db.contacts().find(known.id()).orElseThrow().role()).isEqualTo("Rear admiral");
        assertThat(db.contacts().find(many.get(1_202).id()).orElseThrow().foreignFields()).containsExactly("X-N:1202");
        assertThat(db.contacts().findAll()).hasSize(1 + 1 + 1_203);
        assertThat(db.contacts().findSearchTexts()).as("the folded texts of everyone, batch or not")
                .containsExactlyElementsOf(db.contacts().findAll().stream().map(ContactSearchText::of).toList());
    }

    @Test
    void saveAllRefusesANewContactWhoseIdIsTaken() {
        Contact first = savedContact("Ada Lovelace");
        Contact sameId = Contact.capture(first.id(), "Someone Else");

        assertThatThrownBy(() -> db.contacts().saveAll(List.of(Contact.capture(newContactId(), "Kim Park"), sameId)))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void saveAllMovesTheRevisionSoOtherSessionsSeeTheContacts() {
        long before = db.contacts().revision();

        List<Contact> saved = db.contacts().saveAll(List.of(Contact.capture(newContactId(), "Kim Park"),
                Contact.capture(newContactId(), "Lee Chan")));

        ContactChanges changes = db.contacts().changesSince(before);
        assertThat(changes.revision()).isGreaterThan(before);
        assertThat(changes.saved()).containsExactlyInAnyOrderElementsOf(saved);
    }

    @Test
    void aContactWhoseIdLiesBetweenTwoSavedOnesIsNotReportedAsChanged() {
        Contact first = savedContact("First");
        Contact between = savedContact("Between");
        Contact last = savedContact("Last");
        long before = db.contacts().revision();

        List<Contact> saved = db.contacts().saveAll(List.of(first.edit().notes("met again").build(),
                last.edit().notes("met again").build()));

        assertThat(db.contacts().changesSince(before).saved()).containsExactlyInAnyOrderElementsOf(saved)
                .doesNotContain(between);
    }

    @Test
    void foreignFieldsKeepTheirOrderAndAnUpdateReplacesThem() {
        Contact first = db.contacts().save(Contact.capture(newContactId(), "Kim Park").edit()
                .foreignFields(List.of("X-B:2", "X-A:1", "X-B:2 again")).build());

        Contact updated = db.contacts().save(first.edit().foreignFields(List.of("X-C:3")).build());

        assertThat(db.contacts().find(first.id()).orElseThrow().foreignFields()).containsExactly("X-C:3");
        assertThat(updated.foreignFields()).containsExactly("X-C:3");
    }

    /**
     * A phone photo kept verbatim (8 KB of base64 on one line) comes back byte for byte through every
     * read that exports, syncs, edits or merges, after an insert, a batch and an update alike.
     */
    @Test
    void aPhotoAmongTheForeignFieldsComesBackByteForByteThroughEveryRead() {
        StringBuilder base64 = new StringBuilder("PHOTO;ENCODING=b;TYPE=JPEG:/9j/");
        for (int i = 0; base64.length() < 8_192; i++) {
            base64.append((char) ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charAt((i * 37) % 64)));
        }
        String photo = base64.toString();
        List<String> kept = List.of("NICKNAME:Gracie", photo, "X-ABLABEL:work");
        Contact one = db.contacts().save(Contact.capture(newContactId(), "Grace Hopper").edit().foreignFields(kept).build());
        Contact batched = db.contacts().saveAll(List.of(Contact.capture(newContactId(), "Ada Lovelace").edit()
                .foreignFields(kept).build()), saved -> { }).get(0);
        Contact edited = db.contacts().save(one.edit().company("US Navy").build());

        for (Contact contact : List.of(edited, batched)) {
            assertThat(db.contacts().find(contact.id()).orElseThrow().foreignFields()).isEqualTo(kept);
            assertThat(db.contacts().findByIds(List.of(contact.id())).get(0).foreignFields()).isEqualTo(kept);
        }
        assertThat(db.contacts().findAll()).extracting(Contact::foreignFields).containsOnly(kept);
        assertThat(db.contacts().findAfter(Optional.empty(), 10)).extracting(Contact::foreignFields).containsOnly(kept);
        assertThat(db.contacts().find(one.id()).orElseThrow().foreignFields().get(1)).isEqualTo(photo).hasSize(8_192);
    }

    @Test
    void aJustCapturedContactKeepsItsEmptyParts() {
        Contact bare = Contact.capture(newContactId(), "李小龍");

        Contact found = db.contacts().find(db.contacts().save(bare).id()).orElseThrow();

        assertThat(found).isEqualTo(bare.withVersion(1));
        assertThat(found.nextFollowUp()).isEmpty();
        assertThat(found.closure()).isEmpty();
        assertThat(found.origin().event()).isEmpty();
        assertThat(found.offers()).isEmpty();
    }

    @Test
    void aContactClosedKindlyKeepsTheClosingMessage() {
        Contact open = savedContact("Linus Ødegård");
        Contact closed = db.contacts().save(open.closeKindly("Thanks so much — not the right time for me 🙏", LocalDate.of(2025, 1, 2)));

        assertThat(db.contacts().find(open.id())).contains(closed);
        assertThat(closed.closure().orElseThrow().message()).isEqualTo("Thanks so much — not the right time for me 🙏");
    }

    @Test
    void theLongestNotesAllowedRoundTripEvenInEmoji() {
        String notes = "😀".repeat(20_000);
        Contact withNotes = Contact.capture(newContactId(), "Long Talker").edit().notes(notes).build();

        db.contacts().save(withNotes);

        assertThat(db.contacts().find(withNotes.id()).orElseThrow().notes()).isEqualTo(notes);
    }

    @Test
    void anUpdateWithTheCurrentVersionIsStoredAndCountsUp() {
        Contact saved = savedContact("Ada Lovelace");

        Contact updated = db.contacts().save(saved.edit().company("Analytical Engines Ltd").build());

        assertThat(updated.version()).isEqualTo(2);
        assertThat(db.contacts().find(saved.id())).contains(updated);
        assertThat(db.contacts().save(updated.followUpOn(LocalDate.of(2025, 6, 1))).version()).isEqualTo(3);
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedAndTheStoredContactIsUnchanged() {
        Contact readBySessionA = savedContact("Ada Lovelace");
        Contact savedBySessionB = db.contacts().save(readBySessionA.edit().role("Mathematician").build());

        assertThatThrownBy(() -> db.contacts().save(readBySessionA.edit().role("Poet").build()))
                .isInstanceOf(EditConflictException.class);

        assertThat(db.contacts().find(readBySessionA.id())).contains(savedBySessionB);
    }

    @Test
    void updatingAContactThatIsNotStoredIsRefused() {
        Contact neverSaved = Contact.capture(newContactId(), "Ghost").withVersion(3);

        assertThatThrownBy(() -> db.contacts().save(neverSaved)).isInstanceOf(EditConflictException.class);
        assertThat(db.contacts().find(neverSaved.id())).isEmpty();
    }

    @Test
    void insertingASecondContactWithATakenIdIsRefused() {
        Contact first = savedContact("Ada Lovelace");

        assertThatThrownBy(() -> db.contacts().save(Contact.capture(first.id(), "Impostor")))
                .isInstanceOf(EditConflictException.class);
        assertThat(db.contacts().find(first.id())).contains(first);
    }

    @Test
    void findAllListsEveryContactById() {
        List<ContactId> ids = IntStream.range(0, 6).mapToObj(i -> newContactId()).sorted().toList();
        Stream.of(3, 0, 5, 1, 4, 2).forEach(i -> db.contacts().save(Contact.capture(ids.get(i), "Person " + i)));

        assertThat(db.contacts().findAll()).extracting(Contact::id).containsExactlyElementsOf(ids);
    }

    @Test
    void deleteSaysWhetherTheContactExisted() {
        Contact saved = savedContact("Ada Lovelace");
        Contact kept = savedContact("Grace Hopper");

        assertThat(db.contacts().delete(saved.id())).isTrue();
        assertThat(db.contacts().find(saved.id())).isEmpty();
        assertThat(db.contacts().delete(saved.id())).isFalse();
        assertThat(db.contacts().delete(newContactId())).isFalse();
        assertThat(db.contacts().findAll()).containsExactly(kept);
    }

    @Test
    void deletingAContactRemovesItsInteractionsAndMeetingRequestsOnly() {
        ContactId gone = savedContact("Leaving Person").id();
        ContactId stays = savedContact("Staying Person").id();
        LocalDate day = LocalDate.of(2025, 4, 1);
        db.interactions().add(Samples.call(newInteractionId(), gone, day));
        Interaction staysCall = db.interactions().add(Samples.call(newInteractionId(), stays, day));
        db.meetingRequests().save(Samples.pendingRequest(newRequestId(), gone, day));
        MeetingRequest staysRequest = db.meetingRequests().save(Samples.pendingRequest(newRequestId(), stays, day));

        db.contacts().delete(gone);

        assertThat(db.interactions().findByContact(gone)).isEmpty();
        assertThat(db.meetingRequests().findByContact(gone)).isEmpty();
        assertThat(db.interactions().findFrom(day)).containsExactly(staysCall);
        assertThat(db.meetingRequests().findAll()).containsExactly(staysRequest);
    }

    @Test
    void aDeletedContactCannotBeSavedBackOverTheDeletion() {
        Contact saved = savedContact("Ada Lovelace");
        db.contacts().delete(saved.id());

        assertThatThrownBy(() -> db.contacts().save(saved.edit().notes("edited in another session").build()))
                .isInstanceOf(EditConflictException.class);
        assertThat(db.contacts().find(saved.id())).isEmpty();
    }

    @Test
    void manyContactsWithManyTagsKeepThemApart() {
        List<Contact> saved = IntStream.range(0, 20)
                .mapToObj(i -> Contact.capture(newContactId(), "Person " + i).edit()
                        .offers(Samples.tags("offer of " + i, 12)).lookingFor(Samples.tags("wish of " + i, 7)).build())
                .map(db.contacts()::save)
                .toList();

        assertThat(db.contacts().findAll()).containsExactlyInAnyOrderElementsOf(saved);
    }

    @Test
    void aStoreNobodyWroteToHasNoChanges() {
        long start = db.contacts().revision();

        assertThat(db.contacts().changesSince(start).isEmpty()).isTrue();
        assertThat(db.contacts().changesSince(start).revision()).isEqualTo(start);
    }

    @Test
    void savesAndDeletesAfterARevisionAreReportedAsTheyAreNowAndNothingBefore() {
        Contact untouched = savedContact("Untouched Before");
        Contact edited = savedContact("Edited Later");
        Contact deleted = savedContact("Deleted Later");
        long before = db.contacts().revision();

        Contact added = savedContact("Added Later");
        Contact editedNow = db.contacts().save(edited.edit().company("Acme").build());
        db.contacts().delete(deleted.id());
        ContactChanges changes = db.contacts().changesSince(before);

        assertThat(changes.saved()).containsExactlyInAnyOrder(added, editedNow).doesNotContain(untouched);
        assertThat(changes.deleted()).containsExactly(deleted.id());
        assertThat(changes.revision()).isGreaterThan(before).isEqualTo(db.contacts().revision());
        assertThat(db.contacts().changesSince(changes.revision()).isEmpty()).isTrue();
    }

    @Test
    void aContactAddedAndDeletedSinceIsReportedOnlyAsDeleted() {
        long before = db.contacts().revision();
        Contact brief = savedContact("Brief Visitor");
        db.contacts().delete(brief.id());

        ContactChanges changes = db.contacts().changesSince(before);

        assertThat(changes.saved()).isEmpty();
        assertThat(changes.deleted()).containsExactly(brief.id());
    }

    @Test
    void deletingAContactThatIsNotThereIsNoChange() {
        long before = db.contacts().revision();

        db.contacts().delete(newContactId());

        assertThat(db.contacts().changesSince(before).isEmpty()).isTrue();
    }

    @Test
    void aRolledBackTransactionLeavesNoChangeBehind() {
        Contact kept = savedContact("Kept As Is");
        long before = db.contacts().revision();

        assertThatThrownBy(() -> db.transactions().run(() -> {
            savedContact("Never Committed");
            db.contacts().save(kept.edit().name("Never Renamed").build());
            throw new IllegalStateException("connection lost");
        })).hasMessage("connection lost");

        assertThat(db.contacts().changesSince(before).isEmpty()).isTrue();
    }

    @Test
    void everyContactOfATransactionIsReportedOnceItCommits() {
        long before = db.contacts().revision();

        List<Contact> imported = db.transactions().inTransaction(() ->
                IntStream.range(0, 5).mapToObj(i -> savedContact("Imported " + i)).toList());

        ContactChanges changes = db.contacts().changesSince(before);
        assertThat(changes.saved()).containsExactlyInAnyOrderElementsOf(imported);
        assertThat(db.contacts().changesSince(changes.revision()).isEmpty()).isTrue();
    }

    @Test
    void followUpsDueByListsOpenContactsDueOnOrBeforeTheDayOnlyById() {
        LocalDate friday = LocalDate.of(2025, 3, 14);
        Contact overdue = db.contacts().save(Contact.capture(newContactId(), "Overdue Olga").followUpOn(friday.minusDays(30)));
        Contact onTheDay = db.contacts().save(Contact.capture(newContactId(), "Friday Fred").followUpOn(friday));
        db.contacts().save(Contact.capture(newContactId(), "Next Week Nina").followUpOn(friday.plusDays(1)));
        db.contacts().save(Contact.capture(newContactId(), "Someday Sam"));
        db.contacts().save(closedButDated("Closed Carl", friday.minusDays(2)));

        assertThat(db.contacts().sampleFollowUps(Optional.empty(), friday, Integer.MAX_VALUE).contacts())
                .containsExactly(overdue, onTheDay);
    }

    @Test
    void awaitingDecisionListsOpenUndatedFollowUpsMetAtAnEventThatHasHappened() {
        LocalDate today = LocalDate.of(2025, 3, 14);
        Event past = db.events().save(Event.plan(newEventId(), "Spring Mixer", today.minusDays(3), "Oslo"));
        Event coming = db.events().save(Event.plan(newEventId(), "Summer Mixer", today.plusDays(3), "Oslo"));
        Contact metLastWeek = db.contacts().save(metAt(past, "Met Mona").build());
        Contact metToday = db.contacts().save(Contact.capture(newContactId(), "Today Tove").edit()
                .origin(Origin.atEvent(past.id(), today)).build());
        Contact undated = db.contacts().save(Contact.capture(newContactId(), "Undated Ulf").edit()
                .origin(new Origin(Optional.of(past.id()), "", Optional.empty(), Optional.empty())).build());
        db.contacts().save(metAt(past, "Planned Per").nextFollowUp(Optional.of(today.plusDays(2))).build());
        db.contacts().save(metAt(past, "Closed Cleo").build().closeKindly("Thanks, not now", today));
        db.contacts().save(metAt(coming, "Future Frida").build());
        db.contacts().save(Contact.capture(newContactId(), "Nowhere Nils"));

        assertThat(db.contacts().sampleAwaitingDecision(today, Integer.MAX_VALUE).contacts())
                .containsExactly(metLastWeek, metToday, undated);
    }

    @Test
    void aSampleOfOverdueFollowUpsHoldsTheOldestWithTheirWholeLastDayAndCountsThemAll() {
        LocalDate today = LocalDate.of(2025, 3, 14);
        Contact oldest = db.contacts().save(Contact.capture(newContactId(), "Oldest Olga").followUpOn(today.minusDays(40)));
        Contact older = db.contacts().save(Contact.capture(newContactId(), "Older Oskar").followUpOn(today.minusDays(30)));
        Contact sameDay = db.contacts().save(Contact.capture(newContactId(), "Same Day Siri").followUpOn(today.minusDays(30)));
        db.contacts().save(Contact.capture(newContactId(), "Recent Rut").followUpOn(today.minusDays(2)));
        db.contacts().save(Contact.capture(newContactId(), "Yesterday Yngve").followUpOn(today.minusDays(1)));
        db.contacts().save(Contact.capture(newContactId(), "Today Tor").followUpOn(today));
        db.contacts().save(closedButDated("Closed Carl", today.minusDays(50)));

        ContactSample two = db.contacts().sampleFollowUps(Optional.empty(), today.minusDays(1), 2);
        assertThat(two.total()).as("overdue, closed ones not counted").isEqualTo(5);
        assertThat(two.contacts()).as("the two oldest and the other one due that day")
                .containsExactlyInAnyOrder(oldest, older, sameDay);

        ContactSample all = db.contacts().sampleFollowUps(Optional.empty(), today.minusDays(1), 10);
        assertThat(all.contacts()).hasSize(5);
        assertThat(all.total()).isEqualTo(5);

        ContactSample none = db.contacts().sampleFollowUps(Optional.empty(), today, 0);
        assertThat(none.total()).as("a sample of none counts: today's too").isEqualTo(6);
        assertThat(none.contacts()).as("and holds no one").isEmpty();
        assertThat(db.contacts().sampleAwaitingDecision(today, 0).contacts()).isEmpty();
    }

    @Test
    void aSampleOfTheWeeksFollowUpsStartsOnItsFirstDay() {
        LocalDate today = LocalDate.of(2025, 3, 14);
        db.contacts().save(Contact.capture(newContactId(), "Overdue Olga").followUpOn(today.minusDays(1)));
        Contact onTheDay = db.contacts().save(Contact.capture(newContactId(), "Today Tor").followUpOn(today));
        Contact friday = db.contacts().save(Contact.capture(newContactId(), "Friday Fred").followUpOn(today.plusDays(6)));
        db.contacts().save(Contact.capture(newContactId(), "Later Lea").followUpOn(today.plusDays(7)));

        ContactSample week = db.contacts().sampleFollowUps(Optional.of(today), today.plusDays(6), Integer.MAX_VALUE);
        assertThat(week.contacts()).containsExactlyInAnyOrder(onTheDay, friday);
        assertThat(week.total()).isEqualTo(2);
    }

    @Test
    void aSampleOfThoseAwaitingADecisionHoldsTheLongestWaitingUndatedCountingAsToday() {
        LocalDate today = LocalDate.of(2025, 3, 14);
        Event early = db.events().save(Event.plan(newEventId(), "Winter Mixer", today.minusDays(60), "Oslo"));
        Event late = db.events().save(Event.plan(newEventId(), "Spring Mixer", today.minusDays(3), "Oslo"));
        Contact first = db.contacts().save(metAt(early, "Early Eva").build());
        Contact second = db.contacts().save(metAt(early, "Early Emil").build());
        db.contacts().save(metAt(late, "Late Lars").build());
        db.contacts().save(Contact.capture(newContactId(), "Undated Ulf").edit()
                .origin(new Origin(Optional.of(late.id()), "", Optional.empty(), Optional.empty())).build());
        db.contacts().save(metAt(early, "Planned Per").nextFollowUp(Optional.of(today.plusDays(2))).build());

        ContactSample one = db.contacts().sampleAwaitingDecision(today, 1);
        assertThat(one.total()).isEqualTo(4);
        assertThat(one.contacts()).as("both met at the earliest event").containsExactlyInAnyOrder(first, second);
        assertThat(db.contacts().sampleAwaitingDecision(today, 3).contacts()).extracting(Contact::name)
                .as("the undated one counts as met today, so it comes last").doesNotContain("Undated Ulf").hasSize(3);
    }

    @Test
    void findByIdsReturnsTheStoredOnesById() {
        List<Contact> many = db.contacts().saveAll(IntStream.range(0, 1_100)
                .mapToObj(i -> Contact.capture(newContactId(), "Person " + i)).toList());
        List<Contact> wanted = List.of(many.get(1_050), many.get(3), many.get(700));

        List<ContactId> ids = new ArrayList<>(wanted.stream().map(Contact::id).toList());
        ids.add(newContactId());
        ids.add(many.get(3).id());

        assertThat(db.contacts().findByIds(ids)).containsExactly(many.get(3), many.get(700), many.get(1_050));
        assertThat(db.contacts().findByIds(many.stream().map(Contact::id).toList())).containsExactlyElementsOf(many);
        assertThat(db.contacts().findByIds(List.of())).isEmpty();
    }

    @Test
    void findNamesNamesTheStoredOnesByIdAsTheirContactsDo() {
        List<Contact> many = db.contacts().saveAll(IntStream.range(0, 1_100)
                .mapToObj(i -> Contact.capture(newContactId(), "Person " + i)).toList());
        Contact accented = db.contacts().save(Contact.capture(newContactId(), "  Jose\u0301   Ruiz ").edit()
                .company("Acme").notes("Met at the fair.").build());
        Contact gone = savedContact("Deleted Dora");
        db.contacts().delete(gone.id());

        List<ContactId> ids = new ArrayList<>(List.of(accented.id(), many.get(1_050).id(), many.get(3).id(), gone.id(),
                newContactId(), many.get(3).id()));

        assertThat(db.contacts().findNames(ids)).containsExactly(new ContactName(many.get(3).id(), "Person 3"),
                new ContactName(many.get(1_050).id(), "Person 1050"), new ContactName(accented.id(), "Jos\u00e9   Ruiz"));
        assertThat(db.contacts().findNames(ids)).containsExactlyElementsOf(
                db.contacts().findByIds(ids).stream().map(ContactName::of).toList());
        assertThat(db.contacts().findNames(many.stream().map(Contact::id).toList()))
                .containsExactlyElementsOf(many.stream().map(ContactName::of).toList());
        assertThat(db.contacts().findNames(List.of())).isEmpty();
    }

    @Test
    void findByIdsOrTagsIsWhoHasOneOfTheIdsOrTagsWholeAndById() {
        Event meetup = db.events().save(Event.plan(newEventId(), "Nordic Tech Meetup", LocalDate.of(2024, 2, 29), "Stockholm"));
        Contact introducer = savedContact("Grace Hopper");
        Contact full = db.contacts().save(Samples.fullContact(newContactId(), meetup.id(), introducer.id()));
        Contact closed = db.contacts().save(Contact.capture(newContactId(), "  José   Ruiz ").edit()
                .company("Acme").reach(Reach.email("jose@acme.example")).offers(Set.of(Tag.of("Market research")))
                .build().closeKindly("Thanks, not now.", LocalDate.of(2025, 1, 2)));
        Contact seeker = db.contacts().save(Contact.capture(newContactId(), "Sam Seeker").edit()
                .lookingFor(Set.of(Tag.of("Mentors"), Tag.of("a Zürich supplier list"))).build());
        Contact other = db.contacts().save(Contact.capture(newContactId(), "Olga Other").edit()
                .offers(Set.of(Tag.of("market"), Tag.of("mentors of mentors"))).build());
        Contact gone = db.contacts().save(Contact.capture(newContactId(), "Deleted Dora").edit()
                .offers(Set.of(Tag.of("mentors"))).build());
        db.contacts().delete(gone.id());

        List<Contact> found = db.contacts().findByIdsOrTags(List.of(full.id(), gone.id(), newContactId()),
                List.of(Tag.of("MARKET RESEARCH"), Tag.of("mentors")));

        assertThat(found).as("by id, each as findAll reads them").containsExactlyElementsOf(db.contacts().findAll()
                .stream().filter(c -> !c.id().equals(other.id()) && !c.id().equals(introducer.id())).toList());
        assertThat(found).extracting(Contact::id).containsExactly(full.id(), closed.id(), seeker.id());
        assertThat(db.contacts().findByIdsOrTags(List.of(other.id()), List.of())).containsExactly(other);
        assertThat(db.contacts().findByIdsOrTags(List.of(), List.of(Tag.of("nobody has this")))).isEmpty();
        assertThat(db.contacts().findSearchTexts()).as("the texts a search folds, of the same people")
                .containsExactlyElementsOf(db.contacts().findAll().stream().map(ContactSearchText::of).toList());
    }

    /**
     * The folded search texts follow every write: a store that keeps them beside the contacts answers
     * what folding the stored contacts gives, after inserts, updates, batches, deletes and rollbacks.
     */
    @Test
    void theFoldedSearchTextsFollowEverySaveUpdateAndDelete() {
        assertThat(db.contacts().findSearchTexts()).isEmpty();
        Contact jose = db.contacts().save(Contact.capture(newContactId(), "José Álvarez").edit().company("Ñandú Labs")
                .reach(Reach.email("jose@nandu.example")).offers(Set.of(Tag.of("Grant writing"), Tag.of("Ópera")))
                .lookingFor(Set.of(Tag.of("Cello"))).notes("Met at the Κρήτη retreat").build());
        Contact dora = savedContact("Dora Åberg");
        assertTextsAreThoseOfTheContacts();
        assertThat(textOf(jose))
                .isEqualTo("jose alvarez nandu labs grant writing opera cello jose@nandu.example met at the κρητη retreat");

        Contact renamed = db.contacts().save(jose.edit().name("Josefa Ortiz").notes("Now at Ωmega").offers(Set.of()).build());
        assertTextsAreThoseOfTheContacts();
        assertThat(textOf(renamed)).startsWith("josefa ortiz").contains("ωmega").doesNotContain("alvarez", "opera", "κρητη");

        List<Contact> batch = db.contacts().saveAll(List.of(Contact.capture(newContactId(), "Émile Zola"),
                dora.edit().role("Cellist").build()));
        assertTextsAreThoseOfTheContacts();
        assertThat(textOf(batch.get(1))).isEqualTo("dora aberg cellist");

        db.contacts().delete(renamed.id());
        assertTextsAreThoseOfTheContacts();
        assertThat(db.contacts().findSearchTexts()).extracting(ContactSearchText::id)
                .containsExactly(dora.id(), batch.get(0).id());
    }

    @Test
    void aContactSavedTwiceThenDeletedInOneTransactionLeavesNoFoldedText() {
        Contact kept = savedContact("Kept Person");

        db.transactions().run(() -> {
            Contact brief = savedContact("Brief Visitor");
            db.contacts().save(brief.edit().notes("here for a moment").build());
            db.contacts().save(kept.edit().notes("still here").build());
            db.contacts().delete(brief.id());
        });

        assertTextsAreThoseOfTheContacts();
        assertThat(db.contacts().findSearchTexts()).singleElement().satisfies(text ->
                assertThat(text.text()).isEqualTo("kept person still here"));
    }

    @Test
    void newContactsSavedTogetherThenChangedOrDeletedInOneTransactionKeepTheirLastTexts() {
        Contact kept = savedContact("Kept Person");

        db.transactions().run(() -> {
            List<Contact> imported = db.contacts().saveAll(IntStream.range(0, 1_203)
                    .mapToObj(i -> Contact.capture(newContactId(), "Imported " + i)).toList());
            db.contacts().saveAll(List.of(imported.get(7).edit().company("Ωmega Labs").build(),
                    kept.edit().notes("met again").build()));
            db.contacts().save(imported.get(1_202).edit().role("Cellist").build());
            db.contacts().delete(imported.get(1_000).id());
            db.contacts().delete(imported.get(3).id());
        });

        assertTextsAreThoseOfTheContacts();
        assertThat(db.contacts().findSearchTexts()).hasSize(1 + 1_203 - 2)
                .anySatisfy(text -> assertThat(text.text()).isEqualTo("imported 7 ωmega labs"))
                .anySatisfy(text -> assertThat(text.text()).isEqualTo("imported 1202 cellist"))
                .anySatisfy(text -> assertThat(text.text()).isEqualTo("kept person met again"));
    }

    @Test
    void aRolledBackTransactionLeavesTheFoldedSearchTextsAsTheyWere() {
        Contact kept = savedContact("Kept As Is");
        List<ContactSearchText> before = db.contacts().findSearchTexts();

        assertThatThrownBy(() -> db.transactions().run(() -> {
            savedContact("Never Committed");
            db.contacts().save(kept.edit().name("Never Renamed").build());
            db.contacts().delete(kept.id());
            throw new IllegalStateException("connection lost");
        })).hasMessage("connection lost");

        assertThat(db.contacts().findSearchTexts()).isEqualTo(before);
        assertTextsAreThoseOfTheContacts();
    }

    /** What {@link dev.needle.application.port.out.ContactStore#findSearchTexts} promises, against whole contacts. */
    private void assertTextsAreThoseOfTheContacts() {
        assertThat(db.contacts().findSearchTexts())
                .containsExactlyElementsOf(db.contacts().findAll().stream().map(ContactSearchText::of).toList());
    }

    private String textOf(Contact contact) {
        return db.contacts().findSearchTexts().stream().filter(text -> text.id().equals(contact.id()))
                .findFirst().orElseThrow().text();
    }

    @Test
    void findByIdsOrTagsOfAnEmptyStoreIsEmpty() {
        assertThat(db.contacts().findByIdsOrTags(List.of(newContactId()), List.of(Tag.of("mentors")))).isEmpty();
    }

    @Test
    void findAfterPagesThroughEveryoneById() {
        List<Contact> many = db.contacts().saveAll(IntStream.range(0, 25)
                .mapToObj(i -> Contact.capture(newContactId(), "Person " + i).edit().offers(Set.of(new Tag("tag" + i))).build())
                .toList());

        List<Contact> read = new ArrayList<>();
        Optional<ContactId> after = Optional.empty();
        for (List<Contact> page = db.contacts().findAfter(after, 10); !page.isEmpty(); page = db.contacts().findAfter(after, 10)) {
            assertThat(page.size()).isLessThanOrEqualTo(10);
            read.addAll(page);
            after = Optional.of(page.get(page.size() - 1).id());
        }

        assertThat(read).containsExactlyElementsOf(db.contacts().findAll()).containsExactlyInAnyOrderElementsOf(many);
        assertThat(db.contacts().findAfter(Optional.of(many.get(0).id()), 0)).isEmpty();
    }

    private Contact.Draft metAt(Event event, String name) {
        return Contact.capture(newContactId(), name).edit().origin(Origin.atEvent(event.id(), event.date()));
    }

    /** Closed kindly yet still holding a date (closing normally drops it): the date must not bring it back. */
    private Contact closedButDated(String name, LocalDate followUp) {
        return Contact.capture(newContactId(), name).followUpOn(followUp).edit().stage(Stage.CLOSED_KINDLY)
                .closure(Optional.of(new Closure(followUp.minusDays(5), "Thanks, good luck"))).build();
    }
}
