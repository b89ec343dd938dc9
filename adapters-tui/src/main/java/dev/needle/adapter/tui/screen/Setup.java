package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Need;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first-run setup: the direction, then at least one need, then an optional weekly budget. Esc at
 * any step leaves for the main screens: what was typed is saved when it is valid, and otherwise
 * kept as a draft that s brings back.
 */
final class Setup {
    private static final List<String> KINDS = Arrays.stream(DirectionKind.values()).map(DirectionKind::label).toList();

    private Setup() {
    }

    static FormView start() {
        return directionForm("Setup 1/3: direction",
                "Where are you going? A job-search mission or a business plan, in a sentence or two.",
                DirectionKind.JOB_SEARCH, "", "", (v, s) -> {
                    Direction set = saveDirection(v, s);
                    return Step.stay(needStep(set.kind())).say("Direction set. Now one thing it needs.");
                }).onEscape(Setup::leave).about(Drafted.about(Drafted.SETUP_DIRECTION));
    }

    static FormView directionForm(String name, String intro, DirectionKind kind, String statement, String offers,
                                  FormView.Saver saver) {
        return FormView.of(name, intro, List.of(
                Field.choice("kind", "Kind", KINDS, kind.label()),
                Field.text("statement", "Statement", statement, v -> Direction.start(new DirectionId(1),
                        DirectionKind.OTHER, v, Set.of(), LocalDate.EPOCH)),
                Field.text("offers", "I can offer", offers, Targets::tags, "tag")), saver);
    }

    static Direction saveDirection(Map<String, String> v, Session session) {
        DirectionKind kind = Arrays.stream(DirectionKind.values()).filter(k -> k.label().equals(v.get("kind")))
                .findFirst().orElse(DirectionKind.OTHER);
        Direction set = session.useCases().setDirection().setDirection(
                new SetDirectionUseCase.Command(kind, v.get("statement"), Targets.tags(v.get("offers"))));
        Undo.cannot(session, "new direction \"" + set.statement() + "\"");
        return set;
    }

    static FormView needStep(DirectionKind direction) {
        return FormView.of("Setup 2/3: first need",
                direction.needHint() + " Targets: company:Acme, role:designer, or a topic.",
                NeedForms.fields("", direction.defaultNeedKind(), "", "", direction), (v, s) -> {
                    Need need = s.useCases().addNeed().addNeed(NeedForms.command(v));
                    Undo.needAdded(s, need);
                    return Step.stay(budgetStep()).say("Added need " + need.priority() + ": " + need.title() + ". Last: an optional budget.");
                }).onEscape(Setup::leave).about(Drafted.about(Drafted.SETUP_NEED));
    }

    static FormView budgetStep() {
        return BudgetView.form("Setup 3/3: budget (optional)",
                "Hours a week and money a month for face-to-face meetings. Leave both empty to skip.", (v, s) -> {
                    boolean set = BudgetView.save(v, s);
                    return Step.reset(TodayView.load(s)).say(set ? "All set. Here is your day." : "All set; no budget for now.");
                }).onEscape(Setup::leave).about(Drafted.about(Drafted.SETUP_BUDGET));
    }

    /** Esc during setup: keep what was typed, either saved or as a draft, and open the main screens. */
    private static Step leave(FormView form, Session session) {
        if (!form.changed()) {
            return Step.park(form).say("Setup put aside. Press s to come back to it.");
        }
        Step saved = form.save(session);
        if (saved.view() instanceof FormView again && again.name().equals(form.name())) {
            return Step.park(again).say("Kept what you typed as a draft; press s to finish it.");
        }
        return Step.reset(TodayView.load(session)).say("Saved what you typed. The rest can wait.");
    }
}
