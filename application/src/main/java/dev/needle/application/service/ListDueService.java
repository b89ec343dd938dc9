package dev.needle.application.service;

import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Need;
import dev.needle.domain.NeedsServed;
import dev.needle.domain.TagCadence;
import dev.needle.domain.TouchDue;
import dev.needle.domain.TouchRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is losing touch, from the settings, the tags' defaults and the latest interaction of each person. */
public final class ListDueService implements ListDueUseCase {
    private final KeepInTouchStore store;
    private final ContactStore contacts;
    private final NeedStore needs;
    private final ClockPort clock;
    private final boolean readsOnlyWhoMayBeDue;

    public ListDueService(KeepInTouchStore store, ContactStore contacts, NeedStore needs, ClockPort clock) {
        this(store, contacts, needs, clock, false);
    }

    private ListDueService(KeepInTouchStore store, ContactStore contacts, NeedStore needs, ClockPort clock,
                           boolean readsOnlyWhoMayBeDue) {
        this.store = store;
        this.contacts = contacts;
        this.needs = needs;
        this.clock = clock;
        this.readsOnlyWhoMayBeDue = readsOnlyWhoMayBeDue;
    }

    /**
     * The same list for a command that asks once over the store itself: with tag defaults it asks the
     * store for the people a cadence can apply to ({@link ContactStore#findByIdsOrTags}), which makes whole
     * contacts of them alone. The full screen keeps the first form: its index holds everyone already.
     */
    public static ListDueService readingOnlyWhoMayBeDue(KeepInTouchStore store, ContactStore contacts, NeedStore needs,
                                                         ClockPort clock) {
        return new ListDueService(store, contacts, needs, clock, true);
    }

    @Override
    public Due due(int withinDays) {
        return due(withinDays, store.findAll(), store.tagDefaults());
    }

    /**
     * Without tag defaults only people with settings of their own can be due, and they are read by id;
     * with them, the full screen's list of everyone is needed, at hand once its index has read them.
     */
    @Override
    public Optional<Due> dueAtHand(int withinDays) {
        Map<ContactId, KeepInTouch> settings = store.findAll();
        List<TagCadence> defaults = store.tagDefaults();
        boolean waits = !defaults.isEmpty() && !readsOnlyWhoMayBeDue && !contacts.listedAtHand();
        return waits ? Optional.empty() : Optional.of(due(withinDays, settings, defaults));
    }

    @Override
    public void whenAtHand(Runnable then) {
        contacts.whenListedAtHand(then);
    }

    @Override
    public boolean readFailed() {
        return contacts.listedReadFailed();
    }

    @Override
    public void readAgain() {
        contacts.readListedAgain();
    }

    private Due due(int withinDays, Map<ContactId, KeepInTouch> settings, List<TagCadence> defaults) {
        LocalDate today = clock.today();
        if (settings.isEmpty() && defaults.isEmpty()) {
            return new Due(today, List.of());
        }
        // Without tag defaults only people with settings of their own can be due, so only they are read.
        List<Contact> candidates = defaults.isEmpty() ? contacts.findByIds(settings.keySet())
                : readsOnlyWhoMayBeDue ? contacts.findByIdsOrTags(settings.keySet(),
                        defaults.stream().map(TagCadence::tag).toList())
                : contacts.findAllListed();
        List<TouchDue> due = TouchRule.dueBy(today.plusDays(withinDays), candidates, settings, defaults, store.lastTouches());
        if (due.isEmpty()) {
            return new Due(today, List.of());
        }
        NeedsServed open = new NeedsServed(needs.findAll().stream().filter(Need::isActive).toList());
        return new Due(today, due.stream().map(d -> new Person(d, d.daysOverdue(today), open.by(d.contact()))).toList());
    }
}
