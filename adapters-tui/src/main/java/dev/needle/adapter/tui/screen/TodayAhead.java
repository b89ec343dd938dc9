package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.MineOrAll;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import java.util.List;
import java.util.function.Supplier;

/**
 * Today before the events ahead and the people awaiting a decision are read. On a large book their
 * sections start pages down, so the first screen is drawn from the sections above them ({@code above}:
 * the same rows, the same first item selected, the same keys in the bar and the help), and the
 * undecided's read starts once that screen is drawn (the events' when the whole day is asked for).
 * Whatever could show the difference waits for the whole day first: any key (so it lands where it
 * would have: the whole day comes with the item this screen had selected selected, even when the events
 * of today and tomorrow then show above it), a reload, and a window tall enough to reach the sections.
 * Once they are here this is the whole day.
 */
final class TodayAhead implements View, MineOrAll {
    /**
     * The items {@code above} needs to stand in for the whole day: the first to be the one selected,
     * and a second so that the list keys apply in both (the help lists them only then).
     */
    static final int ITEMS_TO_STAND_IN = 2;
    private final TodayView above;
    private final Supplier<TodayView> read;
    private final Runnable beginReading;
    private volatile TodayView whole;

    /** {@code beginReading} starts the undecided's read without waiting for it; {@code whole} waits for all below. */
    TodayAhead(TodayView above, Supplier<TodayView> whole, Runnable beginReading) {
        this.above = above;
        this.read = whole;
        this.beginReading = beginReading;
    }

    /** The whole day, waiting for the undecided if they are still on their way. */
    TodayView whole() {
        TodayView here = whole;
        if (here == null) {
            here = read.get();
            whole = here;
        }
        return here;
    }

    /** The whole day once it is here, else the sections above the undecided. */
    private TodayView known() {
        TodayView here = whole;
        return here == null ? above : here;
    }

    @Override
    public String name() {
        return TodayView.NAME;
    }

    /**
     * The bar and the help read these: the same as the whole day's until a key is pressed, since the
     * selected item is the same and the list keys apply in both.
     */
    @Override
    public List<Binding> bindings() {
        return known().bindings();
    }

    @Override
    public Step handle(Key key, Session session) {
        return whole().handle(key, session);
    }

    /**
     * The sections above, while they fill the window with the first item selected as the whole day
     * would; the undecided's read starts once these are made, so the keys that follow wait less.
     */
    @Override
    public List<Line> body(int width, int height) {
        if (whole == null && fills(height)) {
            List<Line> lines = above.body(width, height);
            beginReading.run();
            return lines;
        }
        return whole().body(width, height);
    }

    /**
     * True when the whole day would show only rows above the undecided in a window of {@code height}:
     * with the first item selected the window starts at the top when that item is in its upper half.
     */
    private boolean fills(int height) {
        TodayRows rows = above.rows();
        return rows.size() >= height && rows.rowOf(above.cursor().index()) <= height / 2;
    }

    @Override
    public View refreshed(Session session) {
        return whole().refreshed(session);
    }
}
