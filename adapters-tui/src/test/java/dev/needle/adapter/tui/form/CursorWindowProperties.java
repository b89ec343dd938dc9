package dev.needle.adapter.tui.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.text.SafeText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the line and wherever its cursor, the field shows the cursor and fills its width exactly. */
class CursorWindowProperties {

    @Provide
    Arbitrary<EditLine> lines() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abc XYZ-林美é\u0301").ofMaxLength(120)
                .map(t -> t.replace("\u0301\u0301", "\u0301"));
        return text.flatMap(t -> Arbitraries.integers().between(0, t.length()).map(at -> new EditLine(t, at)));
    }

    @Property
    void theCursorIsAlwaysShownAndTheFieldKeepsItsWidth(@ForAll("lines") EditLine line,
                                                        @ForAll @IntRange(min = 10, max = 60) int width) {
        List<Span> spans = CursorWindow.spans(line, width, Style.SELECTED, Style.CURSOR, true);
        Span left = spans.get(0);
        Span under = spans.get(1);
        Span right = spans.get(2);
        List<String> after = SafeText.clusters(line.after());
        assertThat(under.text()).isEqualTo(after.isEmpty() ? "_" : after.get(0));
        assertThat(SafeText.width(left.text()) + SafeText.width(under.text()) + right.width()).isEqualTo(width);
        assertThat(SafeText.width(right.text())).isLessThanOrEqualTo(right.width());
        String shownBefore = left.text().startsWith(SafeText.ELLIPSIS) ? left.text().substring(1) : left.text();
        assertThat(SafeText.clean(line.before())).as("what shows before the cursor is what was typed just before it")
                .endsWith(shownBefore);
    }
}
