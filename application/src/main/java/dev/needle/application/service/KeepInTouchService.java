package dev.needle.application.service;

import dev.needle.application.port.in.KeepInTouchUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.TouchDue;
import dev.needle.domain.TouchRule;
import java.util.List;
import java.util.Optional;

/** Keep-in-touch settings of people and tags, each change one transaction. */
public final class KeepInTouchService implements KeepInTouchUseCase {
    private final KeepInTouchStore store;
    private final ContactStore contacts;
    private final ClockPort clock;
    private final Transactions transactions;

    public KeepInTouchService(KeepInTouchStore store, ContactStore contacts, ClockPort clock, Transactions transactions) {
        this.store = store;
        this.contacts = contacts;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Status status(ContactId id) {
        Contact contact = Records.contact(contacts, id);
        KeepInTouch settings = settings(id);
        return new Status(settings, due(contact, settings));
    }

    @Override
    public KeepInTouch setCadence(ContactId id, Optional<Cadence> own) {
        return transactions.inTransaction(() -> {
            Records.contact(contacts, id);
            KeepInTouch changed = settings(id).every(own);
            store.save(changed);
            return changed;
        });
    }

    @Override
    public KeepInTouch snooze(ContactId id, int days) {
        return transactions.inTransaction(() -> {
            Contact contact = Records.contact(contacts, id);
            KeepInTouch settings = settings(id);
            TouchDue due = due(contact, settings).orElseThrow(() -> new InvalidValueException("snooze",
                    contact.name() + " has no keep-in-touch cadence to snooze."));
            KeepInTouch snoozed = settings.snoozed(clock.today(), due.dueOn(), days);
            store.save(snoozed);
            return snoozed;
        });
    }

    @Override
    public List<TagCadence> tagDefaults() {
        return store.tagDefaults();
    }

    @Override
    public Optional<TagCadence> setTagDefault(Tag tag, Optional<Cadence> cadence) {
        return transactions.inTransaction(() -> {
            Optional<TagCadence> kept = cadence.filter(c -> !c.isNone()).map(c -> new TagCadence(tag, c,
                    store.tagDefaults().stream().filter(t -> t.tag().sameAs(tag)).map(TagCadence::since).findFirst()
                            .orElse(clock.today())));
            kept.ifPresentOrElse(store::saveTagDefault, () -> store.removeTagDefault(tag));
            return kept;
        });
    }

    private KeepInTouch settings(ContactId id) {
        return store.find(id).orElseGet(() -> KeepInTouch.none(id, clock.today()));
    }

    private Optional<TouchDue> due(Contact contact, KeepInTouch settings) {
        return TouchRule.dueOf(contact, Optional.of(settings), store.tagDefaults(),
                Optional.ofNullable(store.lastTouches().get(contact.id())));
    }
}
