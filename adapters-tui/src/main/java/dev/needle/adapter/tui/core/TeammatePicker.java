package dev.needle.adapter.tui.core;

import dev.needle.application.port.in.RecordChange;
import dev.needle.domain.English;
import dev.needle.domain.Teammate;
import dev.needle.domain.Whose;
import java.util.ArrayList;
import java.util.List;

/** Picks the teammate a duty goes to: j/k and Enter; the giving is one undo step. */
public record TeammatePicker(Assignable.Giving giving, List<Teammate> team, Teammate current, Cursor cursor)
        implements View {
    public TeammatePicker {
        team = List.copyOf(team);
    }

    /** Opens the picker on whoever has the duty now. */
    public static Step open(Assignable.Giving giving, Session session) {
        Whose whose = session.useCases().mine().assign().whose();
        return Step.open(over(giving, whose.team().members(), giving.holder().apply(whose)));
    }

    static TeammatePicker over(Assignable.Giving giving, List<Teammate> team, Teammate current) {
        int at = Math.max(0, team.indexOf(current));
        return new TeammatePicker(giving, team, current, Cursor.over(team.size()).at(at));
    }

    @Override
    public String name() {
        return "Give to";
    }

    @Override
    public List<Binding> bindings() {
        return Binding.list(cursor.keys(c -> new TeammatePicker(giving, team, current, c)),
                Binding.on("Enter", "give", (k, s) -> give(team.get(cursor.index()), s)).when(!cursor.isEmpty()),
                Binding.on("Esc", "cancel", (k, s) -> Step.back().say("Nothing changed.")));
    }

    private Step give(Teammate to, Session session) {
        if (to.equals(current)) {
            return Step.back().say(English.sentence(English.capitalized(giving.what()) + " stays with " + to.name()));
        }
        RecordChange change = giving.give().to(to.id(), session);
        session.undo().record(giving.what() + " given to " + to.name(), List.of(change));
        return Step.back().say(English.sentence(English.capitalized(giving.what()) + " is " + to.name() + "'s now") + " u undoes.");
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Give " + giving.what() + " to:", Style.HEADLINE));
        for (int i = 0; i < team.size() && lines.size() < height; i++) {
            Teammate t = team.get(i);
            String text = "  " + t.name() + (t.equals(current) ? "  (has it now)" : "");
            lines.add(i == cursor.index() ? Line.of(text, Style.SELECTED) : Line.of(text));
        }
        return lines;
    }
}
