package dev.needle.adapter.tui.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.text.SafeText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the note and the width, every place the cursor can stand is drawn on one row, inside the
 * width and on the cell of the character after it, and moving up or down a row and back comes home.
 */
class WrappedRowsProperties {

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.strings().withChars("ab cd  \nXYZ-林美é\u0301🌱").ofMaxLength(300)
                .map(t -> t.replace("\u0301\u0301", "\u0301"));
    }

    @Property
    void everyPlaceTheCursorStandsIsDrawnOnceInsideTheWidth(@ForAll("notes") String note,
                                                           @ForAll @IntRange(min = 10, max = 80) int width) {
        WrappedRows rows = WrappedRows.of(note, width);
        for (int at = 0; at <= note.length(); at++) {
            if (new EditLine(note, at).cursor() != at) {
                continue; // inside a character: the cursor never stands there
            }
            int row = rows.rowOf(at);
            int column = rows.columnOf(at);
            assertThat(column).as("cursor at %d", at).isLessThan(width);
            assertThat(rows.offsetAt(row, column)).as("row %d column %d is the place %d", row, column, at).isEqualTo(at);
            Line drawn = rows.line(row, at, Style.NORMAL, Style.SELECTED);
            Span before = drawn.spans().get(0);
            Span under = drawn.spans().get(1);
            assertThat(under.cursor()).isTrue();
            assertThat(SafeText.width(before.text())).isEqualTo(column);
            assertThat(SafeText.width(drawn.text())).as("the row with its cursor fits").isLessThanOrEqualTo(width);
        }
    }

    @Property
    void everyRowFitsAndTheRowsHoldTheWholeText(@ForAll("notes") String note, @ForAll @IntRange(min = 10, max = 80) int width) {
        WrappedRows rows = WrappedRows.of(note, width);
        StringBuilder all = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String shown = rows.line(r, -1, Style.NORMAL, Style.SELECTED).text();
            assertThat(SafeText.width(shown)).isLessThanOrEqualTo(width);
            all.append(shown);
        }
        StringBuilder lines = new StringBuilder();
        for (String line : note.split("\n", -1)) {
            lines.append(SafeText.clean(line));
        }
        assertThat(all.toString()).isEqualTo(lines.toString());
    }
}
