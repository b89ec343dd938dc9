package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Directory;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.View;
import java.util.List;

/** Screens 1–6 in the order the number keys reach them, and the first-run setup. */
public final class Screens implements Directory {
    private static final List<String> NAMES =
            List.of(NeedsView.NAME, ContactsView.NAME, "Requests", "Follow-ups", "Budget", "Direction");

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public View open(int number, Session session) {
        return switch (number) {
            case 2 -> ContactsView.load(session);
            case 3 -> RequestsView.load(session);
            case 4 -> FollowUpsView.load(session);
            case 5 -> BudgetView.load(session);
            case 6 -> DirectionView.load(session);
            default -> NeedsView.load(session);
        };
    }

    @Override
    public View setup(Session session) {
        return Setup.start();
    }
}
