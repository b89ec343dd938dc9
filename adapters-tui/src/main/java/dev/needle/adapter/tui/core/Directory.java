package dev.needle.adapter.tui.core;

import dev.needle.domain.Draft;
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

    /** The form or editor {@code draft} was typed in, with its text back; or the text to read and copy. */
    default View reopen(Draft draft, Session session) {
        throw new UnsupportedOperationException("No screens to reopen drafts in.");
    }

    /** The line that says at the start that drafts wait, {@code waiting} newest first, and how to reopen them. */
    default String draftNotice(List<Draft> waiting, Session session) {
        return "Kept when a session ended: what you were typing. Press R to reopen it.";
    }

    /** Whether {@code draft} was typed in the guided setup, which a start with no direction opens as it was left. */
    default boolean typedInSetup(Draft draft) {
        return false;
    }

    /** What the message line says as {@code draft} is reopened as {@code view}. */
    default String reopenedNotice(Draft draft, View view, Session session) {
        return "Reopened what you were typing.";
    }
}
