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
import java.util.HashMap;
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
        // Plainly (PlainStatements): `needle due` reads these once, and JDBI's set-up of a statement runs cold there.
        return scope.read(handle -> PlainStatements.list(handle.getConnection(),
                "SELECT contact_id, cadence, snoozed_until, since FROM keep_in_touch", JdbiKeepInTouchStore::settings)
                .stream().collect(Collectors.toMap(KeepInTouch::contact, k -> k)));
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
        // Plainly, as findAll: every `needle due` and Today reads these once.
        return scope.read(handle -> PlainStatements.list(handle.getConnection(),
                "SELECT tag, cadence, since FROM tag_cadences ORDER BY tag",
                rs -> new TagCadence(Tag.of(rs.getString(1)), Cadence.parse(rs.getString(2)),
                        rs.getObject(3, LocalDate.class))));
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
        return scope.read(handle -> {
            Map<Long, Logged> latest = new HashMap<>();
            for (Logged logged : PlainStatements.list(handle.getConnection(),
                    "SELECT contact_id, happened_on, id, channel FROM interactions", Logged::of)) {
                latest.merge(logged.contact(), logged, (a, b) -> a.isAfter(b) ? a : b);
            }
            Map<ContactId, LastTouch> touches = new HashMap<>();
            latest.values().forEach(logged -> touches.put(new ContactId(logged.contact()), logged.touch()));
            return touches;
        });
    }

    /**
     * One interaction as the latest is chosen: the later day, and of one day the later logged (the higher id).
     * Every interaction is read once and compared here: asking SQL for the rows with no later one looked
     * each row's later ones up in the index, a look-up per interaction at every Today and `needle due`.
     */
    private record Logged(long contact, LocalDate on, long id, String channel) {
        static Logged of(ResultSet rs) throws SQLException {
            return new Logged(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getString(4));
        }

        boolean isAfter(Logged other) {
            int byDay = on.compareTo(other.on);
            return byDay != 0 ? byDay > 0 : id > other.id;
        }

        LastTouch touch() {
            return new LastTouch(new ContactId(contact), on, Enum.valueOf(Channel.class, channel));
        }
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
