package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.KeyHint;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code :} command palette: type part of a command, Tab completes as far as the matches
 * agree, ↑/↓ choose, Enter runs, Esc closes.
 */
public record PaletteView(List<Command> commands, String input, Cursor cursor) implements View {
    /** A named action; it replaces the palette (a form) or resets to a screen. */
    public record Command(String name, String description, Function<Session, Step> action) {
    }

    public PaletteView {
        commands = List.copyOf(commands);
    }

    static PaletteView of(List<Command> commands) {
        return new PaletteView(commands, "", Cursor.over(commands.size()));
    }

    public List<Command> matches() {
        String wanted = input.strip().toLowerCase(Locale.ROOT);
        List<Command> starting = new ArrayList<>();
        List<Command> containing = new ArrayList<>();
        for (Command c : commands) {
            if (c.name().startsWith(wanted)) {
                starting.add(c);
            } else if (c.name().contains(wanted)) {
                containing.add(c);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    @Override
    public String name() {
        return "Command";
    }

    @Override
    public boolean capturesText() {
        return true;
    }

    @Override
    public List<KeyHint> hints() {
        return List.of(KeyHint.of("Tab", "complete"), KeyHint.of("↑/↓", "choose"), KeyHint.of("Enter", "run"),
                KeyHint.of("Esc", "close"));
    }

    @Override
    public Step handle(Key key, Session session) {
        List<Command> matches = matches();
        if (key.is(Key.Type.ENTER)) {
            if (matches.isEmpty()) {
                return Step.stay(this).say("No command matches \"" + input + "\".");
            }
            return matches.get(cursor.index()).action().apply(session);
        }
        if (key.is(Key.Type.TAB)) {
            return Step.stay(typed(completion(matches)));
        }
        if (key.is(Key.Type.UP) || key.is(Key.Type.DOWN)) {
            return Step.stay(new PaletteView(commands, input, cursor.move(key, 1).orElse(cursor)));
        }
        if (key.is(Key.Type.BACKSPACE) && !input.isEmpty()) {
            return Step.stay(typed(input.substring(0, input.length() - 1)));
        }
        if (key.isText()) {
            return Step.stay(typed(input + key.ch()));
        }
        return Step.unhandled();
    }

    private PaletteView typed(String text) {
        PaletteView next = new PaletteView(commands, text, cursor);
        return new PaletteView(commands, text, Cursor.over(next.matches().size()));
    }

    /** The longest start all matches share, so Tab never guesses between two commands. */
    private String completion(List<Command> matches) {
        List<String> starting = matches.stream().map(Command::name).filter(n -> n.startsWith(input.strip())).toList();
        if (starting.isEmpty()) {
            return input;
        }
        String common = starting.get(0);
        for (String name : starting) {
            int i = 0;
            while (i < common.length() && i < name.length() && common.charAt(i) == name.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        return common.length() > input.length() ? common : input;
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(":" + input + "_", Style.HEADLINE));
        List<Command> matches = matches();
        if (matches.isEmpty()) {
            lines.add(Line.of("No command matches.", Style.DIM));
        }
        for (int i = 0; i < matches.size() && lines.size() < height; i++) {
            Style style = i == cursor.index() ? Style.SELECTED : Style.NORMAL;
            lines.add(Line.of(List.of(Span.column(matches.get(i).name(), 16, style),
                    Span.of(matches.get(i).description(), i == cursor.index() ? Style.SELECTED : Style.DIM)), style));
        }
        return lines;
    }
}
