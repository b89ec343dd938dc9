package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Directory;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.domain.Draft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Screens 1–6 in the order the number keys reach them (Today first: it is where a day starts), and
 * the first-run setup. Requests and Direction open from Today and the palette.
 */
public final class Screens implements Directory {
    private static final List<String> NAMES = Arrays.stream(Screen.values()).map(Screen::title).toList();

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public List<String> tabLabels(Session session) {
        GetTodayUseCase.Pending pending = session.useCases().week().today().pending();
        List<String> labels = new ArrayList<>(NAMES);
        // Today counts what needs attention today, so people losing touch too, once they are known (the
        // session counts again when they are). The tabs are counted only when the store changed (see
        // Navigator), so this read does not come with every key.
        int losingTouch = session.useCases().week().touch().due().dueAtHand(0).map(d -> d.people().size()).orElse(0);
        labels.set(0, counted(TodayView.NAME, pending.requestsWaiting() + losingTouch));
        labels.set(4, counted(NAMES.get(4), pending.followUpsDue()));
        return labels;
    }

    private static String counted(String name, int count) {
        return count > 0 ? name + " (" + count + ")" : name;
    }

    @Override
    public View open(int number, Session session) {
        return switch (Screen.numbered(number).orElse(Screen.TODAY)) {
            case NEEDS -> NeedsView.load(session);
            case CONTACTS -> ContactsView.load(session);
            case EVENTS -> EventsView.load(session);
            case FOLLOW_UPS -> FollowUpsView.load(session);
            case BUDGET -> BudgetView.load(session);
            case TODAY -> TodayView.load(session);
        };
    }

    @Override
    public View palette(Session session) {
        List<PaletteView.Command> commands = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            commands.add(new PaletteView.Command(screen.word(), "go to screen " + screen.number() + ", " + screen.title(),
                    s -> Step.reset(open(screen.number(), s))));
        }
        commands.add(new PaletteView.Command("requests", "meeting requests waiting for triage",
                s -> Step.stay(RequestsView.load(s))));
        commands.add(new PaletteView.Command("direction", "the direction you work toward",
                s -> Step.stay(DirectionView.load(s))));
        commands.add(PaletteView.Command.taking("company", "NAME", "who you know at a company",
                (name, s) -> name.isBlank() ? Step.stay(palette(s)).say("Name the company: company NAME.")
                        : Step.stay(CompanyView.load(name, s)))
                .completing((typed, s) -> s.useCases().week().peopleAtCompany().companiesMatching(typed)));
        commands.add(new PaletteView.Command("capture", "capture people, one after another",
                s -> Step.stay(ContactForms.capture())));
        // "add need" and "add event" taught people to type "add contact": the same form as capture.
        commands.add(new PaletteView.Command("add contact", "add someone you met, then the next",
                s -> Step.stay(ContactForms.capture())));
        commands.add(new PaletteView.Command("add need", "add a need at the bottom of the list",
                s -> Step.stay(NeedForms.add(NeedForms.direction(s)))));
        commands.add(new PaletteView.Command("add event", "plan a networking event",
                s -> Step.stay(EventsView.form(java.util.Optional.empty()))));
        commands.add(new PaletteView.Command("set budget", "hours a week and money a month for meetings",
                s -> Step.stay(BudgetView.load(s).budgetForm())));
        commands.add(new PaletteView.Command("keep in touch", "how often to keep in touch with someone (6w, monthly)",
                s -> Step.stay(TouchForms.byName())));
        commands.add(new PaletteView.Command("tag cadence", "a keep-in-touch cadence for everyone with a tag",
                s -> Step.stay(TouchForms.tag())));
        commands.add(new PaletteView.Command("setup", "run the first-run setup again", s -> Step.stay(Setup.start())));
        commands.add(new PaletteView.Command("quit", "leave Needle", s -> Step.quit()));
        return PaletteView.of(commands);
    }

    @Override
    public View setup(Session session) {
        return Setup.start();
    }

    @Override
    public View reopen(Draft draft, Session session) {
        return DraftReopening.reopen(draft, session);
    }

    @Override
    public String draftNotice(List<Draft> waiting, Session session) {
        return Drafted.notice(waiting, session.useCases().week().today().date(), session.width());
    }

    @Override
    public boolean typedInSetup(Draft draft) {
        return Drafted.inSetup(draft);
    }

    @Override
    public String reopenedNotice(Draft draft, View view, Session session) {
        if (view instanceof ConflictView) {
            return "Both of you changed a field: keep yours or take theirs, then Enter saves.";
        }
        if (view instanceof NotesChangedView) {
            return "Enter puts both texts in the editor, to make them one.";
        }
        if (view instanceof KeptDraftView) {
            return fitted(session, Drafted.named(draft) + ": c copies it, d discards it.", "c copies it, d discards it.");
        }
        return fitted(session, Drafted.named(draft) + " reopened; Ctrl-S saves it.", "Reopened; Ctrl-S saves it.");
    }

    /** {@code whole} when the terminal is wide enough for it, else {@code shorter}: a line is never cut in a word. */
    private static String fitted(Session session, String whole, String shorter) {
        return dev.needle.adapter.tui.text.SafeText.width(whole) <= session.width() ? whole : shorter;
    }
}
