package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.in.MyTodayUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.out.BackgroundWork;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's first screen, read while the terminal is set up, shows exactly what a read at the first frame
 * would: a save in between (here or in another session) or a new day makes the screen read again.
 */
class FirstScreenAheadTest {
    /** Runs the work at once, so the read is made "ahead" at a known moment; waiting throws its failure. */
    private static final BackgroundWork AT_ONCE = new BackgroundWork() {
        @Override
        public <T> Supplier<T> meanwhile(String name, Supplier<T> work) {
            try {
                T result = work.get();
                return () -> result;
            } catch (RuntimeException failure) {
                return () -> {
                    throw failure;
                };
            }
        }

        @Override
        public void whenIdle(String name, Runnable work) {
            work.run();
        }
    };

    @TempDir
    Path dir;
    private OpenDatabase db;
    private final MovingClock clock = new MovingClock(LocalDate.of(2026, 3, 2));
    private UseCases mine;
    private UseCases other;

    @BeforeEach
    void open() {
        db = Databases.open(Optional.empty(), dir, Map.of());
        mine = session();
        other = session();
        mine.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH,
                "Land a research role", Set.of()));
        capture("Maria Lopez", clock.today());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void theFirstScreenShowsWhatAReadAtTheFirstFrameShows() {
        FirstScreenAhead ahead = ahead(mine.mine().today());

        assertThat(ahead.myToday().myDay()).isEqualTo(mine.mine().today().myDay());
        assertThat(ahead.today().pending()).isEqualTo(mine.week().today().pending());
    }

    @Test
    void theTabCountsComeFromTheDayReadAheadWithoutASecondRead() {
        capture("Ana Lima", clock.today().minusDays(2));
        AtomicInteger countsRead = new AtomicInteger();
        GetTodayUseCase today = mine.week().today();
        GetTodayUseCase counted = new GetTodayUseCase() {
            @Override
            public Today today() {
                return today.today();
            }

            @Override
            public Pending pending() {
                countsRead.incrementAndGet();
                return today.pending();
            }
        };
        FirstScreenAhead ahead = FirstScreenAhead.start(mine.week().checkForChanges(), counted, mine.mine().today(), AT_ONCE);

        assertThat(ahead.today().pending()).isEqualTo(new GetTodayUseCase.Pending(2, 0)).isEqualTo(today.pending());
        assertThat(countsRead).hasValue(0);
    }

    @Test
    void theReadMadeAheadIsNotMadeAgainWhenNothingChanged() {
        AtomicInteger reads = new AtomicInteger();
        MyTodayUseCase counted = () -> {
            reads.incrementAndGet();
            return mine.mine().today().myDay();
        };
        FirstScreenAhead ahead = ahead(counted);

        ahead.myToday().myDay();

        assertThat(reads).hasValue(1);
    }

    @Test
    void aFollowUpAnotherSessionSetsBeforeTheFirstFrameIsOnIt() {
        GetTodayUseCase.Pending before = mine.week().today().pending();
        FirstScreenAhead ahead = ahead(mine.mine().today());

        other.captureContact().capture(new CaptureContactUseCase.Command("Ana Lima", "", "", Optional.empty(),
                Set.of(), Optional.of(clock.today())));

        assertThat(names(ahead.myToday().myDay())).containsExactlyInAnyOrder("Maria Lopez", "Ana Lima");
        assertThat(ahead.today().pending().followUpsDue()).isEqualTo(before.followUpsDue() + 1);
    }

    @Test
    void aReadMadeBeforeMidnightIsNotShownAfterIt() {
        FirstScreenAhead ahead = ahead(mine.mine().today());

        clock.nextDay();

        assertThat(ahead.myToday().myDay().today().date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(ahead.myToday().myDay().today().followUps().overdue()).extracting(Contact::name)
                .containsExactly("Maria Lopez");
    }

    @Test
    void aFailedReadAheadIsMadeAgainWhenTheScreenAsks() {
        AtomicInteger reads = new AtomicInteger();
        MyTodayUseCase failingOnce = () -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("the database went away for a moment");
            }
            return mine.mine().today().myDay();
        };
        FirstScreenAhead ahead = ahead(failingOnce);

        assertThat(names(ahead.myToday().myDay())).containsExactly("Maria Lopez");
    }

    @Test
    void onlyTheFirstQuestionIsAnsweredFromTheReadAhead() {
        AtomicInteger reads = new AtomicInteger();
        MyTodayUseCase counted = () -> {
            reads.incrementAndGet();
            return mine.mine().today().myDay();
        };
        FirstScreenAhead ahead = ahead(counted);

        ahead.myToday().myDay();
        ahead.myToday().myDay();

        assertThat(reads).hasValue(2);
    }

    private FirstScreenAhead ahead(MyTodayUseCase myToday) {
        return FirstScreenAhead.start(mine.week().checkForChanges(), mine.week().today(), myToday, AT_ONCE);
    }

    private UseCases session() {
        return UseCases.wire(db.stores(), clock, TriageSettings.defaults(), MeetingDefaults.standard(),
                LocalPerson.ofAccount(db.stores(), clock));
    }

    private void capture(String name, LocalDate followUp) {
        mine.captureContact().capture(new CaptureContactUseCase.Command(name, "", "", Optional.empty(), Set.of(),
                Optional.of(followUp)));
    }

    private static java.util.List<String> names(MyTodayUseCase.MyDay day) {
        java.util.List<Contact> due = new java.util.ArrayList<>(day.today().followUps().overdue());
        due.addAll(day.today().followUps().dueToday());
        due.addAll(day.today().followUps().thisWeek());
        return due.stream().map(Contact::name).toList();
    }

    /** A clock whose day moves when the test says so. */
    private static final class MovingClock implements ClockPort {
        private LocalDate day;

        MovingClock(LocalDate day) {
            this.day = day;
        }

        void nextDay() {
            day = day.plusDays(1);
        }

        @Override
        public LocalDate today() {
            return day;
        }

        @Override
        public LocalDateTime now() {
            return day.atTime(9, 0);
        }
    }
}
