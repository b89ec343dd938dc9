package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.SentReminders;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.LastTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Keep-in-touch settings and the reminders sent, held in memory beside the other tables. */
final class InMemoryKeepInTouchStore implements KeepInTouchStore, SentReminders {
    private static final String SEPARATOR = "|";
    private final InMemoryDatabase db;

    InMemoryKeepInTouchStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<KeepInTouch> find(ContactId contact) {
        return db.locked(() -> db.keepInTouch.find(contact));
    }

    @Override
    public Map<ContactId, KeepInTouch> findAll() {
        return db.locked(() -> db.keepInTouch.all().stream().collect(Collectors.toMap(KeepInTouch::contact, k -> k)));
    }

    @Override
    public void save(KeepInTouch settings) {
        db.locked(() -> {
            if (settings.isBlank()) {
                db.keepInTouch.remove(settings.contact());
            } else if (db.contacts.find(settings.contact()).isPresent()) {
                db.keepInTouch.put(settings);
            }
            return null;
        });
    }

    @Override
    public List<TagCadence> tagDefaults() {
        return db.locked(() -> List.copyOf(db.tagCadences.all()));
    }

    @Override
    public void saveTagDefault(TagCadence cadence) {
        db.locked(() -> {
            db.tagCadences.put(cadence);
            return null;
        });
    }

    @Override
    public boolean removeTagDefault(Tag tag) {
        return db.locked(() -> db.tagCadences.remove(tag.folded()));
    }

    @Override
    public Map<ContactId, LastTouch> lastTouches() {
        return db.locked(() -> {
            // The log is kept oldest first, so the last one seen of each person is their latest.
            Map<ContactId, LastTouch> last = new HashMap<>();
            for (Interaction i : db.interactions.all()) {
                last.put(i.contact(), new LastTouch(i.contact(), i.date(), i.channel()));
            }
            return last;
        });
    }

    @Override
    public Set<String> sentOn(LocalDate day) {
        String prefix = day + SEPARATOR;
        return db.locked(() -> db.sentReminders.where(k -> k.startsWith(prefix)).stream()
                .map(k -> k.substring(prefix.length())).collect(Collectors.toSet()));
    }

    @Override
    public void record(LocalDate day, Collection<String> keys) {
        db.locked(() -> {
            String today = day.toString();
            db.sentReminders.removeWhere(k -> k.substring(0, k.indexOf(SEPARATOR)).compareTo(today) < 0);
            keys.forEach(key -> db.sentReminders.put(day + SEPARATOR + key));
            return null;
        });
    }
}
