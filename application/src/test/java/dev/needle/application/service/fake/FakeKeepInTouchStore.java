package dev.needle.application.service.fake;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Keep-in-touch settings and the reminders sent, in memory, for service tests; reads the fake interaction log. */
public final class FakeKeepInTouchStore implements KeepInTouchStore, SentReminders, Rollback {
    private final FakeInteractionStore interactions;
    private Map<ContactId, KeepInTouch> settings = new HashMap<>();
    private Map<Tag, TagCadence> tags = new TreeMap<>();
    private Map<LocalDate, Set<String>> sent = new HashMap<>();

    public FakeKeepInTouchStore(FakeInteractionStore interactions) {
        this.interactions = interactions;
    }

    @Override
    public Optional<KeepInTouch> find(ContactId contact) {
        return Optional.ofNullable(settings.get(contact));
    }

    @Override
    public Map<ContactId, KeepInTouch> findAll() {
        return Map.copyOf(settings);
    }

    @Override
    public void save(KeepInTouch keep) {
        if (keep.isBlank()) {
            settings.remove(keep.contact());
        } else {
            settings.put(keep.contact(), keep);
        }
    }

    @Override
    public List<TagCadence> tagDefaults() {
        return List.copyOf(tags.values());
    }

    @Override
    public void saveTagDefault(TagCadence cadence) {
        tags.put(cadence.tag(), cadence);
    }

    @Override
    public boolean removeTagDefault(Tag tag) {
        return tags.remove(tag.folded()) != null;
    }

    @Override
    public Map<ContactId, LastTouch> lastTouches() {
        Map<ContactId, LastTouch> last = new HashMap<>();
        interactions.all().stream().sorted(Comparator.comparing(Interaction::date).thenComparing(Interaction::id))
                .forEach(i -> last.put(i.contact(), new LastTouch(i.contact(), i.date(), i.channel())));
        return last;
    }

    @Override
    public Set<String> sentOn(LocalDate day) {
        return Set.copyOf(sent.getOrDefault(day, Set.of()));
    }

    @Override
    public void record(LocalDate day, Collection<String> keys) {
        sent.computeIfAbsent(day, d -> new HashSet<>()).addAll(keys);
    }

    @Override
    public Runnable snapshot() {
        Map<ContactId, KeepInTouch> s = new HashMap<>(settings);
        Map<Tag, TagCadence> t = new TreeMap<>(tags);
        Map<LocalDate, Set<String>> r = new HashMap<>();
        sent.forEach((d, k) -> r.put(d, new HashSet<>(k)));
        return () -> {
            settings = s;
            tags = t;
            sent = r;
        };
    }
}
