package dev.needle.adapter.tui.render;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import dev.needle.adapter.tui.core.KeyHint;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Overlay;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a UI state onto a Lanterna screen: title (the active direction), screen tabs, the body,
 * any overlay, the hint bar and the message line. Every string goes through {@link SafeText} on the
 * way, and nothing is drawn past its column or the screen edge. The terminal's cursor goes where typing
 * goes (a {@link Span#cursor} span in the body) and is hidden on screens where nothing is typed.
 */
public final class Renderer {
    public static final int MIN_COLUMNS = 60;
    public static final int MIN_ROWS = 16;
    private static final String SEPARATOR = "  ";
    private final Palette palette;
    private final Glyphs glyphs;

    public Renderer(Palette palette) {
        this(palette, Glyphs.UNICODE);
    }

    public Renderer(Palette palette, Glyphs glyphs) {
        this.palette = palette;
        this.glyphs = glyphs;
    }

    /** Draws into the back buffer; the caller refreshes the screen. */
    public void draw(Screen screen, Ui ui, List<KeyHint> hints, List<String> screenNames) {
        draw(screen, ui, hints, screenNames, Optional.empty());
    }

    /** As above, with the name of who the session acts as at the right of the title line. */
    public void draw(Screen screen, Ui ui, List<KeyHint> hints, List<String> screenNames, Optional<String> signedInAs) {
        screen.clear();
        TerminalSize size = screen.getTerminalSize();
        TextGraphics g = screen.newTextGraphics();
        int cols = size.getColumns();
        int rows = size.getRows();
        if (cols < MIN_COLUMNS || rows < MIN_ROWS) {
            drawTooSmall(g, cols, rows);
            screen.setCursorPosition(null);
            return;
        }
        drawLine(g, 0, cols, titleLine(" Needle · " + ui.title(), signedInAs, cols));
        drawLine(g, 1, cols, tabs(ui, screenNames, cols));
        int bodyTop = 2;
        int bodyHeight = rows - 4;
        List<Line> body = ui.current().body(cols, bodyHeight);
        TerminalPosition typing = null;
        for (int i = 0; i < Math.min(body.size(), bodyHeight); i++) {
            TerminalPosition cursor = drawLine(g, bodyTop + i, cols, body.get(i));
            typing = typing == null ? cursor : typing;
        }
        drawLine(g, rows - 2, cols, Line.of(List.of(Span.of(hintText(hints, cols), Style.HINT)), Style.NORMAL));
        // An overlay may cover the tabs and the hint bar too (drawn after it, so its bottom edge stays):
        // the help must fit on a 60x16 window.
        ui.overlay().ifPresent(o -> drawOverlay(g, o, cols, 1, rows - 2));
        drawLine(g, rows - 1, cols, Line.of(ui.message()));
        // Under an overlay nothing is typed: the cursor would blink inside the box.
        screen.setCursorPosition(ui.overlay().isPresent() ? null : typing);
    }

    /**
     * The title, and on a shared database who you are at its right ("as Bob"), kept to a third of the
     * line so the direction stays readable; the title gives way first.
     */
    static Line titleLine(String title, Optional<String> signedInAs, int cols) {
        if (signedInAs.isEmpty()) {
            return Line.of(List.of(Span.of(title, Style.TITLE)), Style.TITLE);
        }
        String who = SafeText.clip("as " + signedInAs.get(), Math.max(8, cols / 3)) + " ";
        int room = Math.max(0, cols - SafeText.width(who) - 1);
        String left = SafeText.fit(title, room);
        return Line.of(List.of(Span.of(left + " ", Style.TITLE), Span.of(who, Style.TITLE)), Style.TITLE);
    }

    /**
     * As many hints as fit, in order, but always the last two (help and quit/back, or a form's save
     * and cancel): those are the way out, and ? lists the rest.
     */
    static String hintText(List<KeyHint> hints, int cols) {
        int keep = Math.min(2, hints.size());
        List<String> tail = hints.subList(hints.size() - keep, hints.size()).stream().map(KeyHint::toString).toList();
        int used = SafeText.width(String.join(SEPARATOR, tail));
        List<String> shown = new ArrayList<>();
        for (KeyHint hint : hints.subList(0, hints.size() - keep)) {
            int cost = SafeText.width(hint.toString()) + SEPARATOR.length();
            if (used + cost > cols) {
                break;
            }
            shown.add(hint.toString());
            used += cost;
        }
        shown.addAll(tail);
        return String.join(SEPARATOR, shown);
    }

    /** The screen tabs at the top level; deeper down (or in setup) the path of screens opened. */
    private Line tabs(Ui ui, List<String> names, int cols) {
        List<Span> spans = new ArrayList<>();
        String root = ui.stack().get(0).name();
        if (ui.atTop() && names.stream().anyMatch(label -> isTabOf(label, root))) {
            for (int i = 0; i < names.size(); i++) {
                spans.add(Span.of(" " + (i + 1) + " " + names.get(i) + " ", isTabOf(names.get(i), root) ? Style.SELECTED : Style.DIM));
            }
            return Line.of(spans, Style.NORMAL);
        }
        List<String> steps = ScreenPath.fitted(ui.stack().stream().map(View::crumb).toList(), cols);
        for (int i = 0; i < steps.size(); i++) {
            spans.add(Span.of((i == 0 ? " " : ScreenPath.SEPARATOR) + steps.get(i), i == steps.size() - 1 ? Style.HEADLINE : Style.LABEL));
        }
        return Line.of(spans, Style.NORMAL);
    }

    /** A tab's label is its screen's name, maybe followed by a count in brackets. */
    private static boolean isTabOf(String label, String screen) {
        return label.equals(screen) || label.startsWith(screen + " (");
    }

    private void drawOverlay(TextGraphics g, Overlay overlay, int cols, int top, int height) {
        List<Line> lines = new ArrayList<>();
        if (overlay instanceof Overlay.Help help) {
            lines.add(Line.of("Keys on " + help.screen(), Style.HEADLINE));
            lines.addAll(helpColumns(help.keys(), Math.min(cols - 4, 100) - 4, height - 4));
            lines.add(Line.of("Any key closes this help.", Style.DIM));
        } else if (overlay instanceof Overlay.Confirm confirm) {
            lines.add(Line.of(confirm.question(), Style.HEADLINE));
            lines.add(Line.of("y yes · n, Enter or Esc no", Style.DIM));
        }
        int width = Math.min(cols - 4, overlay instanceof Overlay.Help ? 100 : 70);
        int left = (cols - width) / 2;
        int shown = Math.min(lines.size(), height - 2);
        int y = top + Math.max(0, (height - shown - 2) / 2);
        String edge = "+" + "-".repeat(width - 2) + "+";
        put(g, left, y, edge, Style.NORMAL, width);
        for (int i = 0; i < shown; i++) {
            put(g, left, y + 1 + i, "| " + " ".repeat(width - 4) + " |", Style.NORMAL, width);
            drawSpans(g, left + 2, y + 1 + i, width - 4, lines.get(i));
        }
        put(g, left, y + 1 + shown, edge, Style.NORMAL, width);
    }

    /** Keys in as many columns as it takes to fit {@code rows}, so every key stays listed. */
    private static List<Line> helpColumns(List<KeyHint> keys, int width, int rows) {
        int columns = 1;
        while (columns < 4 && (keys.size() + columns - 1) / columns > Math.max(1, rows)) {
            columns++;
        }
        int perColumn = (keys.size() + columns - 1) / columns;
        int columnWidth = width / columns;
        int longestKey = keys.stream().mapToInt(k -> SafeText.width(k.key())).max().orElse(1);
        int keyWidth = Math.min(longestKey, columnWidth / 2);
        List<Line> lines = new ArrayList<>();
        for (int row = 0; row < perColumn; row++) {
            List<Span> spans = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int index = c * perColumn + row;
                if (index < keys.size()) {
                    spans.add(Span.column(keys.get(index).key(), keyWidth, Style.LABEL));
                    spans.add(Span.column(keys.get(index).action(), columnWidth - keyWidth - 2, Style.NORMAL));
                }
            }
            lines.add(Line.of(spans, Style.NORMAL));
        }
        return lines;
    }

    private void drawTooSmall(TextGraphics g, int cols, int rows) {
        List<String> notice = List.of("Make the window bigger.",
                "Needle needs at least " + MIN_COLUMNS + "x" + MIN_ROWS + ";",
                "this one is " + cols + "x" + rows + ".", "q quits.");
        int top = Math.max(0, (rows - notice.size()) / 2);
        for (int i = 0; i < notice.size() && top + i < rows; i++) {
            String text = SafeText.clip(notice.get(i), cols);
            put(g, Math.max(0, (cols - SafeText.width(text)) / 2), top + i, text, i == 0 ? Style.HEADLINE : Style.NORMAL, cols);
        }
    }

    /** Draws a whole row; returns where its cursor span was drawn, or null. */
    private TerminalPosition drawLine(TextGraphics g, int row, int cols, Line line) {
        if (line.fill() != Style.NORMAL) {
            put(g, 0, row, " ".repeat(cols), line.fill(), cols);
        }
        return drawSpans(g, 0, row, cols, line);
    }

    /**
     * Draws spans left to right from {@code left}, never beyond {@code left + width}; returns the cell
     * a cursor span starts on, or null when there is none or it fell past the edge.
     */
    private TerminalPosition drawSpans(TextGraphics g, int left, int row, int width, Line line) {
        int x = left;
        int end = left + width;
        TerminalPosition cursor = null;
        for (Span span : line.spans()) {
            int room = end - x;
            if (room <= 0) {
                break;
            }
            String text = span.width() >= 0 ? SafeText.fit(span.text(), Math.min(span.width(), room))
                    : SafeText.clip(span.text(), room);
            if (span.cursor() && cursor == null) {
                cursor = new TerminalPosition(x, row);
            }
            put(g, x, row, text, span.style(), room);
            x += SafeText.width(text);
            if (span.width() >= 0 && x < end) {
                x++; // one blank cell between columns
            }
        }
        return cursor;
    }

    private void put(TextGraphics g, int x, int row, String text, Style style, int room) {
        g.setForegroundColor(palette.foreground(style));
        g.setBackgroundColor(palette.background(style));
        g.setModifiers(palette.modifiers(style));
        // Cell by cell rather than putString: Lanterna would lay a multi-char cluster out as one
        // double-width cell, while the terminal gives each letter its own cell and marks none.
        int column = x;
        for (String drawn : SafeText.clippedCells(text, room)) {
            String cell = glyphs.cell(drawn);
            if (cell.length() == 1) {
                g.setCharacter(column, row, cell.charAt(0));
            } else {
                g.setCharacter(column, row, new MultiCharCell(cell, g.getForegroundColor(), g.getBackgroundColor(),
                        g.getActiveModifiers()));
            }
            column += SafeText.cellWidth(drawn);
        }
    }
}
