package dev.needle.adapter.tui.core;

import java.util.List;

/** The screens reachable with 1–6 and Tab, and the first-run setup. */
public interface Directory {
    /** Names of screens 1..n, in order. */
    List<String> names();

    View open(int number, Session session);

    /** The {@code :} command palette. */
    View palette(Session session);

    /** The guided setup for a database with no active direction. */
    View setup(Session session);
}
