package dev.needle.application.port.in;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A value read elsewhere once someone asks for it: whoever needs it waits for it ({@link #get}),
 * whoever will need it soon starts the read without waiting ({@link #begin}), and whoever can do
 * without it for now asks whether it is here ({@link #arrived}), so a screen can be drawn from the
 * part it already has. Once here it stays the same value.
 */
public final class Arriving<T> {
    private final Function<Supplier<T>, Supplier<T>> start;
    private final Supplier<T> work;
    private Supplier<T> waitFor;
    private volatile boolean arrived;
    private volatile T value;

    private Arriving(Function<Supplier<T>, Supplier<T>> start, Supplier<T> work) {
        this.start = start;
        this.work = work;
    }

    /** A value already here. */
    public static <T> Arriving<T> now(T value) {
        Arriving<T> here = new Arriving<>(w -> w, () -> value);
        here.arrive(value);
        return here;
    }

    /**
     * {@code work}, handed to {@code start} on the first {@link #begin} or {@link #get}: {@code start}
     * runs it elsewhere and returns a way to wait for its result (as {@code BackgroundWork.meanwhile}
     * does). Nothing is read before that, so the read takes nothing from work that cannot wait for it.
     */
    public static <T> Arriving<T> whenAsked(Function<Supplier<T>, Supplier<T>> start, Supplier<T> work) {
        return new Arriving<>(start, work);
    }

    private T arrive(T read) {
        value = read;
        arrived = true;
        return read;
    }

    /** Starts the read if nobody has, without waiting for it. */
    public void begin() {
        started();
    }

    private synchronized Supplier<T> started() {
        if (waitFor == null) {
            waitFor = start.apply(() -> arrive(work.get()));
        }
        return waitFor;
    }

    /** True once the value is here: {@link #get} then returns without waiting. */
    public boolean arrived() {
        return arrived;
    }

    /** The value, read or waited for if it is not here yet; throws what reading it threw. */
    public T get() {
        return arrived ? value : arrive(started().get());
    }

    /** Equal when the values are (reading both): the same day read twice is the same day. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Arriving<?> that && Objects.equals(get(), that.get());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(get());
    }

    @Override
    public String toString() {
        return arrived ? String.valueOf(value) : "(not read yet)";
    }
}
