package dev.needle.application.port.in;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A value being read elsewhere: whoever needs it waits for it ({@link #get}), and whoever can do
 * without it for now asks whether it is here ({@link #arrived}) instead, so a screen can be drawn from
 * the part it already has. Once here it stays the same value.
 */
public final class Arriving<T> {
    private volatile Supplier<T> waitFor;
    private volatile boolean arrived;
    private volatile T value;

    private Arriving() {
    }

    /** A value already here. */
    public static <T> Arriving<T> now(T value) {
        Arriving<T> here = new Arriving<>();
        here.value = value;
        here.arrived = true;
        return here;
    }

    /**
     * {@code work} handed to {@code start}, which runs it elsewhere and returns a way to wait for its
     * result (as {@code BackgroundWork.meanwhile} does); the value counts as here once the work ends.
     */
    public static <T> Arriving<T> started(Function<Supplier<T>, Supplier<T>> start, Supplier<T> work) {
        Arriving<T> later = new Arriving<>();
        later.waitFor = start.apply(() -> later.arrive(work.get()));
        return later;
    }

    private T arrive(T read) {
        value = read;
        arrived = true;
        return read;
    }

    /** True once the value is here: {@link #get} then returns without waiting. */
    public boolean arrived() {
        return arrived;
    }

    /** The value, waiting for it if it is still on its way; throws what reading it threw. */
    public T get() {
        return arrived ? value : arrive(waitFor.get());
    }

    /** Equal when the values are (waiting for both): the same day read twice is the same day. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Arriving<?> that && java.util.Objects.equals(get(), that.get());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(get());
    }

    @Override
    public String toString() {
        return arrived ? String.valueOf(value) : "(on its way)";
    }
}
