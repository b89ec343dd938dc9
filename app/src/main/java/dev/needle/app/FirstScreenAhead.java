package dev.needle.app;

import dev.needle.application.port.in.CheckForChangesUseCase;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.in.MyTodayUseCase;
import dev.needle.application.port.out.BackgroundWork;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's first screen read on a second thread while the main one sets up the terminal, which needs
 * no data: the two waited for each other before. The screen's first question for the day, and for
 * the tabs' counts, gets that read, but only if it still holds: nothing saved since it began (by this
 * session or another) and the same date. Otherwise, and for every later question, the store is asked
 * as always.
 */
final class FirstScreenAhead {
    private static final Logger LOG = LoggerFactory.getLogger(FirstScreenAhead.class);

    /** What was read, with the change mark and date it was read at. */
    private record Read(long mark, LocalDate date, MyTodayUseCase.MyDay day, GetTodayUseCase.Pending pending) {
    }

    private final CheckForChangesUseCase changes;
    private final GetTodayUseCase today;
    private final MyTodayUseCase myToday;
    private Supplier<Read> read;
    private final AtomicBoolean dayAsked = new AtomicBoolean();
    private final AtomicBoolean pendingAsked = new AtomicBoolean();

    private FirstScreenAhead(CheckForChangesUseCase changes, GetTodayUseCase today, MyTodayUseCase myToday) {
        this.changes = changes;
        this.today = today;
        this.myToday = myToday;
    }

    /** Starts reading on a daemon thread; the answers wait for it when asked before it is done. */
    static FirstScreenAhead start(CheckForChangesUseCase changes, GetTodayUseCase today, MyTodayUseCase myToday,
                                  BackgroundWork threads) {
        FirstScreenAhead ahead = new FirstScreenAhead(changes, today, myToday);
        ahead.read = threads.meanwhile("needle-first-screen", ahead::readNow);
        return ahead;
    }

    /** Over {@code u}'s own use cases. */
    static FirstScreenAhead over(UseCases u) {
        return start(u.week().checkForChanges(), u.week().today(), u.mine().today(), new DaemonThreads());
    }

    private Read readNow() {
        // The mark first: a save that lands during the read then moves the counter past it.
        long mark = changes.changeMark();
        LocalDate date = today.date();
        MyTodayUseCase.MyDay day = myToday.myDay();
        // The day holds the tab counts: asking for them again read the follow-ups and requests twice.
        return new Read(mark, date, day, day.today().pending());
    }

    /** The day as {@link MyTodayUseCase} gives it. */
    MyTodayUseCase myToday() {
        return () -> first(dayAsked).map(Read::day).orElseGet(myToday::myDay);
    }

    /** Today as {@link GetTodayUseCase} gives it; only {@link GetTodayUseCase#pending()} is read ahead. */
    GetTodayUseCase today() {
        return new GetTodayUseCase() {
            @Override
            public Today today() {
                return today.today();
            }

            @Override
            public LocalDate date() {
                return today.date();
            }

            @Override
            public Pending pending() {
                return first(pendingAsked).map(Read::pending).orElseGet(today::pending);
            }
        };
    }

    /** The read, for the first question of its kind, when it succeeded and still holds. */
    private Optional<Read> first(AtomicBoolean asked) {
        if (asked.getAndSet(true)) {
            return Optional.empty();
        }
        Read done;
        try {
            done = read.get();
        } catch (RuntimeException e) {
            // Asking the store again reports the problem the way every screen does.
            LOG.debug("Reading the first screen ahead failed; reading it now", e);
            return Optional.empty();
        }
        boolean holds = changes.changeMark() == done.mark() && today.date().equals(done.date());
        return holds ? Optional.of(done) : Optional.empty();
    }
}
