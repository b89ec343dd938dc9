package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import java.util.List;

/**
 * Takes the place of a screen whose record no longer exists (undone here, or deleted in another
 * session), so no key acts on it; Esc goes back as from any screen.
 */
record GoneView(String name, String what) implements View {
    @Override
    public List<Binding> bindings() {
        return List.of();
    }

    @Override
    public List<Line> body(int width, int height) {
        return List.of(Line.of(what, Style.HEADLINE), Line.blank(), Line.of("Esc goes back.", Style.DIM));
    }
}
