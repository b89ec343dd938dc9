package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.SyncedCard;
import dev.needle.domain.ContactId;
import java.util.List;

/** The vdir sync state, one row per folder and contact (V10). */
final class JdbiSyncStateStore implements SyncStateStore {
    private final HandleScope scope;

    JdbiSyncStateStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public List<SyncedCard> all(String folder) {
        return scope.read(handle -> handle.createQuery("SELECT contact_id, href, etag, contact_version, uid, base "
                        + "FROM vdir_sync_state WHERE folder = :folder")
                .bind("folder", folder)
                .map((rs, ctx) -> new SyncedCard(new ContactId(rs.getLong("contact_id")), rs.getString("href"),
                        rs.getString("etag"), rs.getLong("contact_version"), rs.getString("uid"), rs.getString("base")))
                .list());
    }

    /** Delete then insert: portable (no MERGE or ON CONFLICT), and the run holds the whole folder in one transaction. */
    @Override
    public void put(String folder, SyncedCard card) {
        scope.write(handle -> {
            handle.createUpdate("DELETE FROM vdir_sync_state WHERE folder = :folder AND contact_id = :id")
                    .bind("folder", folder).bind("id", card.contact().value()).execute();
            return handle.createUpdate("INSERT INTO vdir_sync_state (folder, contact_id, href, etag, contact_version, "
                            + "uid, base) VALUES (:folder, :id, :href, :etag, :version, :uid, :base)")
                    .bind("folder", folder).bind("id", card.contact().value()).bind("href", card.href())
                    .bind("etag", card.etag()).bind("version", card.version()).bind("uid", card.uid())
                    .bind("base", card.base()).execute();
        });
    }

    @Override
    public void remove(String folder, ContactId contact) {
        scope.write(handle -> handle.createUpdate("DELETE FROM vdir_sync_state WHERE folder = :folder AND contact_id = :id")
                .bind("folder", folder).bind("id", contact.value()).execute());
    }
}
