package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.text.SafeText;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * A text of several lines laid out in rows of a field's width, as an editor with soft wrap shows it:
 * a line too long breaks after the last space that fits (mid-word only when one word fills the row),
 * and each character takes the columns the terminal gives it, so a wide character that would not fit
 * goes to the next row whole. The last column is kept for the cursor past a line's end (a space may
 * hang there). The cursor's place in the text maps to a row and a column and back, never inside a
 * character.
 */
final class WrappedRows {
    private static final String PAST_THE_END = "_";

    /** The text from {@code start} to {@code end}; {@code endsLine} when a line break or the text's end follows. */
    record Row(int start, int end, boolean endsLine) {
    }

    /** One character of a row: where it starts in the text, where it ends, and its columns. */
    private record Cell(int start, int end, int columns) {
    }

    private final String text;
    private final List<Row> rows = new ArrayList<>();

    private WrappedRows(String text, int width) {
        this.text = text;
        int columns = Math.max(2, width);
        int lineStart = 0;
        while (true) {
            int lineBreak = text.indexOf('\n', lineStart);
            int lineEnd = lineBreak < 0 ? text.length() : lineBreak;
            layOut(lineStart, lineEnd, columns);
            if (lineBreak < 0) {
                break;
            }
            lineStart = lineBreak + 1;
        }
    }

    static WrappedRows of(String text, int width) {
        return new WrappedRows(text, width);
    }

    private void layOut(int lineStart, int lineEnd, int width) {
        List<Cell> row = new ArrayList<>();
        int rowStart = lineStart;
        int used = 0;
        int afterSpace = -1;
        for (Cell cell : cells(lineStart, lineEnd)) {
            boolean space = Character.isWhitespace(text.codePointAt(cell.start()));
            // Text fills all but the last column; a space may hang into it, as it ends the row anyway.
            int room = space ? width : width - 1;
            while (used + cell.columns() > room && cell.start() > rowStart) {
                int breakAt = afterSpace > rowStart ? afterSpace : cell.start();
                rows.add(new Row(rowStart, breakAt, false));
                row.removeIf(c -> c.start() < breakAt);
                used = row.stream().mapToInt(Cell::columns).sum();
                rowStart = breakAt;
                afterSpace = -1;
            }
            row.add(cell);
            used += cell.columns();
            if (space) {
                afterSpace = cell.end();
            }
        }
        if (used >= width) {
            // A space hangs in the last column: the cursor past it starts the next row.
            rows.add(new Row(rowStart, lineEnd, false));
            rowStart = lineEnd;
        }
        rows.add(new Row(rowStart, lineEnd, true));
    }

    /** The user-perceived characters between two offsets, each with the columns it is drawn in. */
    private List<Cell> cells(int from, int to) {
        List<Cell> cells = new ArrayList<>();
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text.substring(from, to));
        int start = characters.first();
        for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
            cells.add(new Cell(from + start, from + end, SafeText.width(text.substring(from + start, from + end))));
        }
        return cells;
    }

    int size() {
        return rows.size();
    }

    /** The row the cursor at {@code offset} is drawn on: where a row wraps, the next one's start. */
    int rowOf(int offset) {
        int found = 0;
        for (int i = 0; i < rows.size() && rows.get(i).start() <= offset; i++) {
            found = i;
        }
        return found;
    }

    /** The column the cursor at {@code offset} is drawn in, on its row. */
    int columnOf(int offset) {
        Row row = rows.get(rowOf(offset));
        return cells(row.start(), offset).stream().mapToInt(Cell::columns).sum();
    }

    /**
     * The place on row {@code index} nearest before {@code column}, as an editor moving up or down
     * keeps its column: never inside a wide character, and never at a wrapped row's end, which is drawn
     * on the row below.
     */
    int offsetAt(int index, int column) {
        Row row = rows.get(Math.max(0, Math.min(index, rows.size() - 1)));
        int at = row.start();
        int used = 0;
        for (Cell cell : cells(row.start(), row.end())) {
            if (used + cell.columns() > column || !row.endsLine() && cell.end() == row.end()) {
                break;
            }
            used += cell.columns();
            at = cell.end();
        }
        return at;
    }

    /**
     * Row {@code index} as drawn: its text, and when the cursor is on it the character there as a
     * cursor span ({@code cursorStyle}; past the line's end an underscore). A negative cursor is nowhere.
     */
    Line line(int index, int cursor, Style textStyle, Style cursorStyle) {
        Row row = rows.get(index);
        boolean here = cursor >= 0 && rowOf(cursor) == index;
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        String under = PAST_THE_END;
        for (Cell cell : cells(row.start(), row.end())) {
            String shown = SafeText.clean(text.substring(cell.start(), cell.end()));
            if (!here || cell.end() <= cursor) {
                before.append(shown);
            } else if (cell.start() == cursor) {
                under = shown;
            } else {
                after.append(shown);
            }
        }
        if (!here) {
            return Line.of(List.of(Span.of(before.toString(), textStyle)), Style.NORMAL);
        }
        return Line.of(List.of(Span.of(before.toString(), textStyle), Span.cursor(under, cursorStyle),
                Span.of(after.toString(), textStyle)), Style.NORMAL);
    }
}
