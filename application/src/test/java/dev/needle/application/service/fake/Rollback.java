package dev.needle.application.service.fake;

/** A fake that can copy its contents and put that copy back, so a failed unit of work leaves no trace. */
public interface Rollback {
    /** Takes a copy now; running the returned action restores it. */
    Runnable snapshot();

    /** Makes this fake's writes take {@code lock}, the one its database's units of work hold. */
    default void writeUnder(WriteLock lock) {
    }
}
