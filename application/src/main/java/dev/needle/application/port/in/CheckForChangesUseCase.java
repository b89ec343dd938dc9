package dev.needle.application.port.in;

/**
 * Tells an open screen whether anything was saved since it last asked, in this session or any other:
 * a mark that differs from the previous one when something changed. Cheap enough to ask every few
 * hundred milliseconds.
 */
public interface CheckForChangesUseCase {
    /** A mark of everything committed so far; a different mark means something changed. */
    long changeMark();

    /** For a UI that has nothing to watch (a single session over a store that never changes elsewhere). */
    CheckForChangesUseCase NEVER = () -> 0L;
}
