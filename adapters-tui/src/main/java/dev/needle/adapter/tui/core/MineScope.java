package dev.needle.adapter.tui.core;

/**
 * The session's Mine/All switch: while on, the lists that can (Today's, Contacts, Follow-ups,
 * Requests) show only the acting person's own records. One per session, like its undo log, so it
 * stays as set from screen to screen; on a team of one it is never offered.
 */
public final class MineScope {
    private volatile boolean mineOnly;

    public boolean mineOnly() {
        return mineOnly;
    }

    /** Flips the switch; true when it now shows only one's own. */
    public boolean toggle() {
        mineOnly = !mineOnly;
        return mineOnly;
    }
}
