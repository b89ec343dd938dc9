package dev.needle.adapter.tui.render;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.needle.adapter.tui.core.Style;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * How each style looks. Colour only where the environment says the terminal has it and the user
 * did not ask for none; meaning never rests on colour alone (selection is reverse video everywhere).
 */
public record Palette(boolean colour) {
    public static final Palette MONOCHROME = new Palette(false);

    /** NO_COLOR (any value) wins; then COLORTERM; then a TERM that is known to do colour. */
    public static Palette from(Map<String, String> env) {
        if (env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty()) {
            return MONOCHROME;
        }
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        if (term.isEmpty() || term.equals("dumb")) {
            return MONOCHROME;
        }
        if (!env.getOrDefault("COLORTERM", "").isEmpty()) {
            return new Palette(true);
        }
        boolean knownColour = term.contains("color") || term.startsWith("xterm") || term.startsWith("screen")
                || term.startsWith("tmux") || term.startsWith("rxvt") || term.equals("linux") || term.startsWith("konsole");
        return new Palette(knownColour);
    }

    public TextColor foreground(Style style) {
        if (!colour) {
            return TextColor.ANSI.DEFAULT;
        }
        return switch (style) {
            case ERROR -> TextColor.ANSI.RED;
            case HEADLINE -> TextColor.ANSI.YELLOW;
            case HINT -> TextColor.ANSI.CYAN;
            case LABEL -> TextColor.ANSI.GREEN;
            case TITLE -> TextColor.ANSI.WHITE;
            default -> TextColor.ANSI.DEFAULT;
        };
    }

    public TextColor background(Style style) {
        return colour && style == Style.TITLE ? TextColor.ANSI.BLUE : TextColor.ANSI.DEFAULT;
    }

    public EnumSet<SGR> modifiers(Style style) {
        return switch (style) {
            case SELECTED -> EnumSet.of(SGR.REVERSE);
            // Plain and underlined inside a reversed field: a hole where the typing goes, with or without colour.
            case CURSOR -> EnumSet.of(SGR.UNDERLINE);
            case TITLE -> colour ? EnumSet.of(SGR.BOLD) : EnumSet.of(SGR.REVERSE, SGR.BOLD);
            case HEADLINE, ERROR, LABEL -> EnumSet.of(SGR.BOLD);
            default -> EnumSet.noneOf(SGR.class);
        };
    }
}
