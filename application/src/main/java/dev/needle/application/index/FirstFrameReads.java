package dev.needle.application.index;

import dev.needle.application.port.in.Arriving;
import dev.needle.application.port.in.GetTodayUseCase.Undecided;
import dev.needle.application.port.out.BackgroundWork;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.TodaysPeople;
import dev.needle.domain.AfterEvent;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.FollowUps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Today's people before the index has read everyone: only what the first frame shows is read. The
 * store counts and samples the long lists (overdue follow-ups, the undecided). The undecided are read
 * on a second thread only once asked for ({@link Arriving}): on a large book their section is pages
 * below the first screen, so the screen starts their read once it is drawn, and waits for it only
 * where it shows them; until then their read takes no CPU from the first frame's.
 */
final class FirstFrameReads {
    private final ContactStore store;
    private final HandedOut handedOut;
    private final BackgroundWork background;

    FirstFrameReads(ContactStore store, HandedOut handedOut, BackgroundWork background) {
        this.store = store;
        this.handedOut = handedOut;
        this.background = background;
    }

    TodaysPeople read(LocalDate today, Supplier<Map<ContactId, ContactName>> names, int shown) {
        Arriving<Undecided> undecided = Arriving.whenAsked(
                work -> background.meanwhileOrHere("needle-today-undecided", work), () -> undecided(today, shown));
        Map<ContactId, ContactName> named = names.get();
        ContactSample overdue = store.sampleFollowUps(Optional.empty(), today.minusDays(1), shown);
        List<Contact> dueRows = new ArrayList<>(handedOut.remember(overdue.contacts()));
        dueRows.addAll(handedOut.remember(store.sampleFollowUps(Optional.of(today),
                today.plusDays(FollowUps.WEEK_AHEAD_DAYS), Integer.MAX_VALUE).contacts()));
        return new TodaysPeople(named, cutOverdue(FollowUps.due(dueRows, today), shown), overdue.total(), undecided);
    }

    private Undecided undecided(LocalDate today, int shown) {
        ContactSample waiting = store.sampleAwaitingDecision(today, shown);
        List<Contact> rows = AfterEvent.undecided(handedOut.remember(waiting.contacts()), today);
        return new Undecided(rows.subList(0, Math.min(shown, rows.size())), waiting.total());
    }

    /** {@code due} with its overdue cut to the first {@code shown}. */
    static FollowUps cutOverdue(FollowUps due, int shown) {
        List<Contact> overdue = due.overdue();
        return overdue.size() <= shown ? due
                : new FollowUps(due.today(), overdue.subList(0, shown), due.dueToday(), due.thisWeek());
    }
}
