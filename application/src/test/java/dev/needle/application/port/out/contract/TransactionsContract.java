package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.Transactions} adapter must do. */
public abstract class TransactionsContract extends StoreContract {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

    /** Thrown by the work under test, so the test can tell its own failure from any other. */
    private static final class WorkFailed extends RuntimeException {
        WorkFailed() {
            super("the work failed on purpose");
        }
    }

    private Need openNeed(String title) {
        return Need.open(newNeedId(), title, NeedKind.LEADS, List.of(), 1);
    }

    @Test
    void theWorksResultIsPassedThrough() {
        assertThat(db.transactions().inTransaction(() -> "done")).isEqualTo("done");
        assertThat(db.transactions().inTransaction(() -> db.contacts().save(Contact.capture(newContactId(), "Ada"))).version())
                .isEqualTo(1);
    }

    @Test
    void workThatCompletesIsKept() {
        Contact ada = Contact.capture(newContactId(), "Ada");
        Need leads = openNeed("leads");

        db.transactions().run(() -> {
            db.contacts().save(ada);
            db.needs().save(leads);
        });

        assertThat(db.contacts().find(ada.id())).isPresent();
        assertThat(db.needs().find(leads.id())).isPresent();
    }

    @Test
    void workThatFailsLeavesNoChangeInAnyStore() {
        WorkFailed failure = new WorkFailed();
        Contact ada = Contact.capture(newContactId(), "Ada");
        Need leads = openNeed("leads");

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.contacts().save(ada);
            db.needs().save(leads);
            throw failure;
        })).isSameAs(failure);

        assertThat(db.contacts().find(ada.id())).isEmpty();
        assertThat(db.needs().find(leads.id())).isEmpty();
        assertThat(db.contacts().findAll()).isEmpty();
        assertThat(db.needs().findAll()).isEmpty();
    }

    /** An import's large unit is one unit still, past the store's batches: a failure at its end keeps none of it. */
    @Test
    void aLargeUnitThatFailsAfterThousandsOfContactsLeavesNoneOfThem() {
        List<Contact> many = java.util.stream.IntStream.range(0, 2_500)
                .mapToObj(i -> Contact.capture(newContactId(), "Person " + i)).toList();

        assertThatThrownBy(() -> db.transactions().inLargeTransaction(() -> {
            db.contacts().saveAll(many);
            db.needs().save(openNeed("after the contacts"));
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(db.contacts().findAll()).isEmpty();
        assertThat(db.needs().findAll()).isEmpty();
        assertThat(db.transactions().inLargeTransaction(() -> db.contacts().saveAll(many))).hasSize(2_500);
        assertThat(db.contacts().findAll()).hasSize(2_500);
    }

    /** A full read inside the work (an export reads everyone so) neither commits nor hides what it wrote. */
    @Test
    void readingEveryContactInsideWorkThatFailsStillUndoesIt() {
        Contact ada = Contact.capture(newContactId(), "Ada");

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.contacts().save(ada);
            assertThat(db.contacts().findAll()).extracting(Contact::name).containsExactly("Ada");
            db.needs().save(openNeed("after the read"));
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(db.contacts().findAll()).isEmpty();
        assertThat(db.needs().findAll()).isEmpty();
    }

    @Test
    void aFailedDeclineLeavesTheContactAndRequestAsTheyWere() {
        Contact zoe = savedContact("Zoë");
        var request = db.meetingRequests().save(Samples.pendingRequest(newRequestId(), zoe.id(), DAY));

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.contacts().save(zoe.closeKindly("Thank you, but no.", DAY));
            db.meetingRequests().save(request.decline("Thank you, but no."));
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(db.contacts().find(zoe.id())).contains(zoe);
        assertThat(db.meetingRequests().findPending()).containsExactly(request);
    }

    @Test
    void aFailedDeleteBringsBackTheContactWithItsInteractions() {
        Contact zoe = savedContact("Zoë");
        var call = db.interactions().add(Samples.call(newInteractionId(), zoe.id(), DAY));

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.contacts().delete(zoe.id());
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(db.contacts().find(zoe.id())).contains(zoe);
        assertThat(db.interactions().findByContact(zoe.id())).containsExactly(call);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndFailsWithIt() {
        Contact ada = Contact.capture(newContactId(), "Ada");
        Need leads = openNeed("leads");

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.contacts().save(ada);
            String inner = db.transactions().inTransaction(() -> {
                db.needs().save(leads);
                return "inner result";
            });
            assertThat(inner).isEqualTo("inner result");
            assertThat(db.needs().find(leads.id())).isPresent();
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(db.contacts().find(ada.id())).isEmpty();
        assertThat(db.needs().find(leads.id())).isEmpty();
    }

    @Test
    void aNestedTransactionCommitsWithTheOuterOne() {
        Contact ada = Contact.capture(newContactId(), "Ada");
        Need leads = openNeed("leads");

        db.transactions().run(() -> {
            db.contacts().save(ada);
            db.transactions().run(() -> db.needs().save(leads));
        });

        assertThat(db.contacts().find(ada.id())).isPresent();
        assertThat(db.needs().find(leads.id())).isPresent();
    }

    /**
     * Joining means there is one unit, not a unit per call: only the outermost call decides, so a
     * failure the outer work catches and gets past does not undo part of it.
     */
    @Test
    void aNestedCallDoesNotRollBackOnItsOwn() {
        Contact ada = Contact.capture(newContactId(), "Ada");
        Need leads = openNeed("leads");

        db.transactions().run(() -> {
            db.contacts().save(ada);
            try {
                db.transactions().run(() -> {
                    db.needs().save(leads);
                    throw new WorkFailed();
                });
            } catch (WorkFailed expected) {
                // The outer work carries on, as a service that treats this failure as harmless would.
            }
        });

        assertThat(db.contacts().find(ada.id())).isPresent();
        assertThat(db.needs().find(leads.id())).isPresent();
    }

    @Test
    void theStoresKeepWorkingAfterAFailedTransaction() {
        assertThatThrownBy(() -> db.transactions().run(() -> {
            savedContact("Rolled back");
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        Contact ada = db.transactions().inTransaction(() -> savedContact("Ada"));

        assertThat(db.contacts().findAll()).containsExactly(ada);
    }

    /**
     * Two sessions on one database: a write another session makes while this one's transaction is
     * open must survive this transaction's rollback. The other session may wait for the transaction
     * (a lock) or run beside it (isolation); either way its write is kept.
     */
    @Test
    void aRollbackNeverUndoesAnotherSessionsWrite() throws Exception {
        Contact fromOtherSession = Contact.capture(newContactId(), "Written by the other session");
        CountDownLatch transactionOpen = new CountDownLatch(1);
        CountDownLatch otherSessionDone = new CountDownLatch(1);
        CompletableFuture<Void> otherSession = CompletableFuture.runAsync(() -> {
            awaitQuietly(transactionOpen);
            db.contacts().save(fromOtherSession);
            otherSessionDone.countDown();
        });

        assertThatThrownBy(() -> db.transactions().run(() -> {
            savedContact("Rolled back");
            transactionOpen.countDown();
            // Gives the other session its chance to write mid-transaction; a store that blocks it makes this wait out.
            awaitQuietly(otherSessionDone, 200);
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);
        otherSession.get(30, TimeUnit.SECONDS);

        assertThat(db.contacts().findAll()).containsExactly(fromOtherSession.withVersion(1));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        awaitQuietly(latch, TimeUnit.SECONDS.toMillis(30));
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
