package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Voice;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opened from Today (D) and the palette: where you are going and what you can offer; e sets a new
 * direction (the old one is archived).
 */
public record DirectionView(Optional<Direction> active, boolean shared) implements View {
    static DirectionView load(Session session) {
        return new DirectionView(session.useCases().getDirection().activeDirection(),
                session.useCases().team().team().isShared());
    }

    @Override
    public String name() {
        return "Direction";
    }

    @Override
    public List<Binding> bindings() {
        if (active.isEmpty()) {
            return List.of(Binding.on("e/a", "new direction", (k, s) -> newDirection()));
        }
        return List.of(Binding.on("e/a", "new direction", (k, s) -> newDirection()),
                Binding.on("o", "what I can offer", (k, s) -> editOffers()));
    }

    /** Only what I offer changes: the direction stays, and on a team each person keeps their own. */
    private Step editOffers() {
        return Step.open(offersForm());
    }

    /** The form o opens, over what I offer now; needs an active direction. */
    FormView offersForm() {
        Direction d = active.orElseThrow();
        String intro = shared ? "Yours alone: each of you says what you can offer; the direction stays the team's."
                : "The direction stays as it is.";
        return FormView.of("What I can offer", intro, List.of(
                Field.text("offers", "I can offer", Targets.tagText(d.offers()), Targets::tags, "tag")), (v, s) -> {
                    Set<Tag> before = d.offers();
                    Direction after = s.useCases().setDirection().setOffers(Targets.tags(v.get("offers")));
                    Undo.offers(s, before, after.offers());
                    return Step.back().say(after.offers().isEmpty() ? "You offer nothing for now."
                            : "You offer " + Tag.inSentence(after.offers()) + ".");
                }).about(Drafted.about(Drafted.OFFERS));
    }

    private Step newDirection() {
        return Step.open(newDirectionForm());
    }

    /** The form e opens: a new direction, starting from the one active now. */
    FormView newDirectionForm() {
        return Setup.directionForm("New direction", "The current one is archived, never deleted.",
                active.map(d -> d.kind()).orElse(dev.needle.domain.DirectionKind.JOB_SEARCH),
                active.map(Direction::statement).orElse(""),
                active.map(d -> Targets.tagText(d.offers())).orElse(""),
                (v, s) -> {
                    Setup.saveDirection(v, s);
                    return Step.back().say("Direction set.");
                }).about(Drafted.about(Drafted.DIRECTION_NEW));
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
        if (d.kind() == DirectionKind.BUSINESS) {
            // The plan's own words decide who messages speak for; saying so lets a wrong guess be put right.
            lines.add(Line.of(Voice.of(d) == Voice.I
                    ? "Messages say \"I\", as the plan does."
                    : "Messages say \"we\", as a team; write the plan with \"I\" if you work alone.",
                    Style.DIM));
        }
        if (shared) {
            lines.add(Line.of("The direction is the team's; what you offer is yours (o to change it).", Style.DIM));
        }
        return lines;
    }
}
