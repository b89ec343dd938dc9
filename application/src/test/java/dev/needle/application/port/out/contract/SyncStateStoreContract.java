package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.SyncedCard;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.ContactId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SyncStateStore} adapter must do: keep one row per folder and contact, replace it on
 * a second put, keep a card's text exactly (line breaks, any script), and roll back with the transaction
 * the sync runs in, so a failed run leaves the state of the run before.
 */
public abstract class SyncStateStoreContract {
    private static final String FOLDER = "/home/ana/.contacts/needle";

    /** The store over a fresh, empty database (the same one {@link #transactions()} works on). */
    protected abstract SyncStateStore syncStates();

    protected abstract Transactions transactions();

    @Test
    void aFolderNeverSyncedHasNoState() {
        assertThat(syncStates().all(FOLDER)).isEmpty();
    }

    @Test
    void aCardPutIsReadBackExactly() {
        SyncedCard card = card(7, "ana.vcf", 3, "BEGIN:VCARD\r\nNOTE:line one\\nline two — ü 山田\r\nEND:VCARD\r\n");

        syncStates().put(FOLDER, card);

        assertThat(syncStates().all(FOLDER)).containsExactly(card);
    }

    @Test
    void aSecondPutForTheSameContactReplacesTheFirst() {
        syncStates().put(FOLDER, card(7, "ana.vcf", 3, "old"));
        SyncedCard renamed = card(7, "ana-lima.vcf", 4, "new");

        syncStates().put(FOLDER, renamed);

        assertThat(syncStates().all(FOLDER)).containsExactly(renamed);
    }

    @Test
    void foldersAreKeptApart() {
        syncStates().put(FOLDER, card(7, "ana.vcf", 1, "a"));
        syncStates().put("/srv/other", card(7, "ana.vcf", 9, "b"));

        syncStates().remove(FOLDER, new ContactId(7));

        assertThat(syncStates().all(FOLDER)).isEmpty();
        assertThat(syncStates().all("/srv/other")).extracting(SyncedCard::version).containsExactly(9L);
    }

    @Test
    void removingWhatIsNotThereDoesNothing() {
        syncStates().remove(FOLDER, new ContactId(42));

        assertThat(syncStates().all(FOLDER)).isEmpty();
    }

    @Test
    void aRolledBackRunLeavesNoState() {
        assertThatThrownBy(() -> transactions().run(() -> {
            syncStates().put(FOLDER, card(7, "ana.vcf", 1, "a"));
            throw new IllegalStateException("the run failed");
        })).hasMessage("the run failed");

        assertThat(syncStates().all(FOLDER)).isEmpty();
    }

    private static SyncedCard card(long contact, String href, long version, String base) {
        return new SyncedCard(new ContactId(contact), href, "etag-" + version, version, "uid-" + contact, base);
    }
}
