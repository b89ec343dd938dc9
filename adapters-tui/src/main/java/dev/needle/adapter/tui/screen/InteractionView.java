package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.Interaction;
import java.util.ArrayList;
import java.util.List;

/** One logged interaction in full, opened from the contact: when, how, how long, what it cost, and every note. */
public record InteractionView(Contact contact, Interaction interaction, int scroll) implements View {
    public InteractionView {
        scroll = Math.max(0, scroll);
    }

    InteractionView(Contact contact, Interaction interaction) {
        this(contact, interaction, 0);
    }

    @Override
    public String name() {
        return "Interaction";
    }

    /** "Coffee on 2026-12-03": which of the person's interactions is open. */
    @Override
    public String crumb() {
        return dev.needle.domain.English.capitalized(interaction.channel().label()) + " on " + interaction.date();
    }

    @Override
    public List<Binding> bindings() {
        return List.of(Binding.on("j/k ↓/↑", "scroll", (k, s) -> Step.stay(new InteractionView(contact, interaction,
                scroll + (k.is('k') || k.is(Key.Type.UP) ? -1 : 1)))));
    }

    @Override
    public List<Line> body(int width, int height) {
        Interaction i = interaction;
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(contact.name() + " · " + i.date() + " · " + i.channel().label(), Style.HEADLINE));
        lines.add(Line.of("Time: " + i.minutes() + " min" + (i.travelMinutes() > 0 ? " + " + i.travelMinutes()
                + " min travel" : "") + " (" + BudgetStatus.hours(i.totalMinutes()) + " h)"));
        lines.add(Line.of("Expenses: " + i.expenses().total()));
        lines.add(Line.of("Advanced " + i.advanced().size() + (i.advanced().size() == 1 ? " need" : " needs")));
        lines.add(Line.blank());
        lines.add(Line.of("Notes", Style.LABEL));
        if (i.notes().isEmpty()) {
            lines.add(Line.of("None.", Style.DIM));
        }
        for (String paragraph : i.notes().isEmpty() ? new String[0] : i.notes().split("\n", -1)) {
            List<String> wrapped = SafeText.wrap(paragraph, Math.max(10, width - 2));
            for (String text : wrapped.isEmpty() ? List.of("") : wrapped) {
                lines.add(Line.of("  " + text));
            }
        }
        if (lines.size() <= height) {
            return lines;
        }
        int top = Math.min(scroll, lines.size() - height);
        return lines.subList(top, top + height);
    }
}
