package dev.needle.adapter.tui.core;

import java.util.List;

/** The screens reachable with 1–6 and Tab, and the first-run setup. */
public interface Directory {
    /** Names of screens 1..n, in order. */
    List<String> names();

    View open(int number, Session session);

    /**
     * The tab labels: each screen's name, followed by a count in brackets where something waits
     * there, e.g. "Follow-ups (3)".
     */
    default List<String> tabLabels(Session session) {
        return names();
    }

    /** The {@code :} command palette. */
    View palette(Session session);

    /** The guided setup for a database with no active direction. */
    View setup(Session session);
}
