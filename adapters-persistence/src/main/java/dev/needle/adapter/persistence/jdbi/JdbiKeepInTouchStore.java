package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.domain.Cadence;
import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.LastTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Keep-in-touch settings in SQL (V13): replaced whole by delete and insert, one transaction each. */
final class JdbiKeepInTouchStore implements KeepInTouchStore {
    private final HandleScope scope;

    JdbiKeepInTouchStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<KeepInTouch> find(ContactId contact) {
        return scope.read(handle -> handle.createQuery("SELECT * FROM keep_in_touch WHERE contact_id = :id")
                .bind("id", contact.value()).map((rs, ctx) -> settings(rs)).findOne());
    }

    @Override
    public Map<ContactId, KeepInTouch> findAll() {
        return scope.read(handle -> handle.createQuery("SELECT * FROM keep_in_touch").map((rs, ctx) -> settings(rs))
                .collect(Collectors.toMap(KeepInTouch::contact, k -> k)));
    }

    @Override
    public void save(KeepInTouch settings) {
        scope.write(handle -> {
            handle.createUpdate("DELETE FROM keep_in_touch WHERE contact_id = :id").bind("id", settings.contact().value())
                    .execute();
            if (!settings.isBlank()) {
                handle.createUpdate("INSERT INTO keep_in_touch (contact_id, cadence, snoozed_until, since) "
                                + "VALUES (:id, :cadence, :snoozed, :since)")
                        .bind("id", settings.contact().value())
                        .bindByType("cadence", settings.own().map(Cadence::code).orElse(null), String.class)
                        .bindByType("snoozed", settings.snoozedUntil().orElse(null), LocalDate.class)
                        .bindByType("since", settings.since(), LocalDate.class)
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<TagCadence> tagDefaults() {
        return scope.read(handle -> handle.createQuery("SELECT * FROM tag_cadences ORDER BY tag")
                .map((rs, ctx) -> new TagCadence(Tag.of(rs.getString("tag")), Cadence.parse(rs.getString("cadence")),
                        Columns.requiredDate(rs, "since"))).list());
    }

    @Override
    public void saveTagDefault(TagCadence cadence) {
        scope.write(handle -> {
            removeTag(handle, cadence.tag());
            handle.createUpdate("INSERT INTO tag_cadences (tag, cadence, since) VALUES (:tag, :cadence, :since)")
                    .bind("tag", cadence.tag().value()).bind("cadence", cadence.cadence().code())
                    .bindByType("since", cadence.since(), LocalDate.class).execute();
            return null;
        });
    }

    @Override
    public boolean removeTagDefault(Tag tag) {
        return scope.write(handle -> removeTag(handle, tag));
    }

    /**
     * The latest interaction of each person: the one no other of theirs is later than (by day, then
     * id). Portable SQL (no window functions needed); the (contact, day) index answers the probe.
     */
    @Override
    public Map<ContactId, LastTouch> lastTouches() {
        return scope.read(handle -> handle.createQuery("SELECT o.contact_id, o.happened_on, o.channel FROM interactions o "
                        + "WHERE NOT EXISTS (SELECT 1 FROM interactions n WHERE n.contact_id = o.contact_id "
                        + "AND (n.happened_on > o.happened_on OR (n.happened_on = o.happened_on AND n.id > o.id)))")
                .map((rs, ctx) -> new LastTouch(new ContactId(rs.getLong("contact_id")), Columns.requiredDate(rs, "happened_on"),
                        Columns.enumValue(rs, "channel", Channel.class)))
                .collect(Collectors.toMap(LastTouch::contact, t -> t)));
    }

    private static boolean removeTag(Handle handle, Tag tag) {
        return handle.createUpdate("DELETE FROM tag_cadences WHERE tag = :tag").bind("tag", tag.key()).execute() > 0;
    }

    private static KeepInTouch settings(ResultSet rs) throws SQLException {
        String cadence = rs.getString("cadence");
        return new KeepInTouch(new ContactId(rs.getLong("contact_id")), Optional.ofNullable(cadence).map(Cadence::parse),
                Columns.date(rs, "snoozed_until"), Columns.requiredDate(rs, "since"));
    }
}
