package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.domain.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opened from Today (D) and the palette: where you are going and what you can offer; e sets a new
 * direction (the old one is archived).
 */
public record DirectionView(Optional<Direction> active) implements View {
    static DirectionView load(Session session) {
        return new DirectionView(session.useCases().getDirection().activeDirection());
    }

    @Override
    public String name() {
        return "Direction";
    }

    @Override
    public List<Binding> bindings() {
        return List.of(Binding.on("e/a", "new direction", (k, s) -> newDirection()));
    }

    private Step newDirection() {
        return Step.open(Setup.directionForm("New direction", "The current one is archived, never deleted.",
                active.map(d -> d.kind()).orElse(dev.needle.domain.DirectionKind.JOB_SEARCH),
                active.map(Direction::statement).orElse(""),
                active.map(d -> Targets.tagText(d.offers())).orElse(""),
                (v, s) -> {
                    Setup.saveDirection(v, s);
                    return Step.back().say("Direction set.");
                }));
    }

    @Override
    public View refreshed(Session session) {
        return load(session);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        if (active.isEmpty()) {
            lines.add(Line.of("No direction yet. Press s for the guided setup, or e to set one.", Style.DIM));
            return lines;
        }
        Direction d = active.get();
        lines.add(Line.of(d.kind().label() + " since " + d.since(), Style.LABEL));
        for (String text : SafeText.wrap(d.statement(), Math.max(10, width - 2))) {
            lines.add(Line.of(text, Style.HEADLINE));
        }
        lines.add(Line.blank());
        lines.add(Line.of("I can offer: " + (d.offers().isEmpty() ? "—" : Targets.tagText(d.offers()))));
        return lines;
    }
}
