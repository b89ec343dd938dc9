package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Directory;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
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
    public View palette(Session session) {
        List<PaletteView.Command> commands = new java.util.ArrayList<>();
        String[] words = {"needs", "contacts", "requests", "follow-ups", "budget", "direction"};
        for (int i = 0; i < words.length; i++) {
            int number = i + 1;
            commands.add(new PaletteView.Command(words[i], "go to screen " + number + ", " + NAMES.get(i),
                    s -> Step.reset(open(number, s))));
        }
        commands.add(new PaletteView.Command("capture", "capture people, one after another",
                s -> Step.stay(ContactForms.capture())));
        commands.add(new PaletteView.Command("add need", "add a need at the bottom of the list",
                s -> Step.stay(NeedForms.add())));
        commands.add(new PaletteView.Command("set budget", "hours a week and money a month for meetings",
                s -> Step.stay(BudgetView.form("Set budget", "", (v, t) -> {
                    BudgetView.save(v, t);
                    return Step.back().say("Budget saved.");
                }))));
        commands.add(new PaletteView.Command("setup", "run the first-run setup again", s -> Step.stay(Setup.start())));
        commands.add(new PaletteView.Command("quit", "leave Needle", s -> Step.quit()));
        return PaletteView.of(commands);
    }

    @Override
    public View setup(Session session) {
        return Setup.start();
    }
}
