package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.CursorWindow;
import dev.needle.adapter.tui.form.EditKeys;
import dev.needle.adapter.tui.form.EditLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code :} command palette: type part of a command, Tab completes as far as the matches
 * agree, ↑/↓ choose, Enter runs, Esc closes.
 */
public record PaletteView(List<Command> commands, String input, Cursor cursor, int inputCursor) implements View {
    /**
     * A named action; it replaces the palette (a form) or resets to a screen. A command with an
     * argument ({@code :company Acme}) gets the text typed after its name.
     */
    public record Command(String name, String description, Function<Session, Step> action,
                          Optional<BiFunction<String, Session, Step>> withArgument,
                          Optional<BiFunction<String, Session, List<String>>> completions) {
        public Command(String name, String description, Function<Session, Step> action) {
            this(name, description, action, Optional.empty(), Optional.empty());
        }

        public static Command taking(String name, String argument, String description,
                                     BiFunction<String, Session, Step> action) {
            return new Command(name, description + " (" + name + " " + argument + ")",
                    s -> Step.unhandled(), Optional.of(action), Optional.empty());
        }

        /** The same command, its argument completed with Tab from what {@code known} offers for the text typed. */
        public Command completing(BiFunction<String, Session, List<String>> known) {
            return new Command(name, description, action, withArgument, Optional.of(known));
        }
    }

    public PaletteView {
        commands = List.copyOf(commands);
        inputCursor = new EditLine(input, inputCursor).cursor();
    }

    /** With the cursor at the end of what is typed. */
    public PaletteView(List<Command> commands, String input, Cursor cursor) {
        this(commands, input, cursor, input.length());
    }

    static PaletteView of(List<Command> commands) {
        return new PaletteView(commands, "", Cursor.over(commands.size()));
    }

    public List<Command> matches() {
        String wanted = input.strip().toLowerCase(Locale.ROOT);
        int space = wanted.indexOf(' ');
        if (space > 0) {
            String first = wanted.substring(0, space);
            List<Command> taking = commands.stream()
                    .filter(c -> c.name().equals(first) && c.withArgument().isPresent()).toList();
            if (!taking.isEmpty()) {
                return taking;
            }
        }
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
    public List<Binding> bindings() {
        List<Binding> bindings = new ArrayList<>(List.of(Binding.typing("a command", this::act),
                Binding.on("Tab", "complete", this::act).when(!input.isEmpty()), Binding.on("↑/↓", "choose", this::act),
                Binding.on("Enter", "run", this::act)));
        bindings.addAll(EditKeys.bindings(line(), true, "clear what was typed", this::act));
        bindings.add(Binding.on("Esc", "close", (k, s) -> Step.back()));
        return bindings;
    }

    private Step act(Key key, Session session) {
        Optional<Step> withArgument = key.is(Key.Type.ENTER) ? runWithArgument(session) : Optional.empty();
        if (withArgument.isPresent()) {
            return withArgument.get();
        }
        List<Command> matches = matches();
        if (key.is(Key.Type.ENTER)) {
            if (matches.isEmpty()) {
                return Step.stay(this).say("No command matches \"" + input + "\".");
            }
            Command chosen = matches.get(cursor.index());
            if (chosen.withArgument().isPresent()) {
                return Step.stay(typed(chosen.name() + " ")).say("Type after \"" + chosen.name() + "\", then Enter.");
            }
            return chosen.action().apply(session);
        }
        if (key.is(Key.Type.TAB)) {
            Optional<Step> argument = completeArgument(session);
            return argument.orElseGet(() -> Step.stay(typed(completion(matches))));
        }
        if (key.is(Key.Type.UP) || key.is(Key.Type.DOWN)) {
            return Step.stay(new PaletteView(commands, input, cursor.move(key, 1).orElse(cursor), inputCursor));
        }
        Optional<EditLine> edited = line().after(key);
        if (edited.isEmpty()) {
            return Step.unhandled();
        }
        EditLine next = edited.get();
        return Step.stay(next.text().equals(input) ? new PaletteView(commands, input, cursor, next.cursor())
                : typed(next.text()).at(next.cursor()));
    }

    private EditLine line() {
        return new EditLine(input, inputCursor);
    }

    private PaletteView at(int newCursor) {
        return new PaletteView(commands, input, cursor, newCursor);
    }

    /** "company Acme Corp": the command named by the first word, given the rest. */
    private Optional<Step> runWithArgument(Session session) {
        String text = input.strip();
        int space = text.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String name = text.substring(0, space);
        String argument = text.substring(space + 1).strip();
        return commands.stream().filter(c -> c.name().equals(name) && c.withArgument().isPresent()).findFirst()
                .map(c -> c.withArgument().get().apply(argument, session));
    }

    /**
     * Tab after "company blu": the argument becomes the one name it can mean, or as much as all the
     * names it can mean share; the names are listed when Tab cannot choose.
     */
    private Optional<Step> completeArgument(Session session) {
        int space = input.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String name = input.substring(0, space);
        String argument = input.substring(space + 1).stripLeading();
        if (argument.isBlank()) {
            return Optional.empty();
        }
        Optional<Command> command = commands.stream()
                .filter(c -> c.name().equals(name) && c.completions().isPresent()).findFirst();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        List<String> known = command.get().completions().get().apply(argument, session);
        if (known.isEmpty()) {
            return Optional.of(Step.stay(this).say("Nothing known starts with \"" + argument + "\"."));
        }
        String shared = sharedStart(known);
        String completed = shared.length() > argument.length() ? shared : argument;
        PaletteView next = typed(name + " " + completed);
        return Optional.of(known.size() == 1 ? Step.stay(next)
                : Step.stay(next).say(known.size() + " match: " + String.join(", ", known)));
    }

    /** The longest start all the names share, ignoring case; spelled as the first name spells it. */
    private static String sharedStart(List<String> names) {
        String common = names.get(0);
        for (String other : names) {
            int i = 0;
            while (i < common.length() && i < other.length()
                    && Character.toLowerCase(common.charAt(i)) == Character.toLowerCase(other.charAt(i))) {
                i++;
            }
            common = common.substring(0, i);
        }
        return common;
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
        List<Span> typed = new ArrayList<>();
        typed.add(Span.of(":", Style.HEADLINE));
        typed.addAll(CursorWindow.spans(line(), Math.max(10, width - 1), Style.HEADLINE, Style.SELECTED, false));
        lines.add(Line.of(typed, Style.NORMAL));
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
