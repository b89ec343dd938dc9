package dev.needle.adapter.tui.render;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.needle.adapter.tui.text.SafeText;
import java.util.EnumSet;

/**
 * One screen cell whose text takes more than one Java char, for Lanterna 3.1.3's screen buffer: a
 * character with the non-spacing marks drawn on it (प्, ดี, ž with a stray accent), or a character
 * beyond the BMP (🌱, 𠮷), which Java holds as two surrogate chars.
 *
 * <p>Lanterna's own multi-char {@link TextCharacter} counts every string longer than one char as
 * two columns wide (its emoji test), so the screen would step two columns where the terminal steps
 * one and the rest of the row would be drawn out of place. This cell takes its base character's
 * width as {@link SafeText} measures it instead; the screen writes {@link #getCharacterString()} to
 * the terminal, base first, so the terminal puts the marks on that cell and its cursor ends up where
 * the screen expects it.
 */
final class MultiCharCell extends TextCharacter {
    private final String text;

    MultiCharCell(String text, TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
        super(text.charAt(0), foreground, background, modifiers);
        this.text = text;
    }

    @Override
    public String getCharacterString() {
        return text;
    }

    @Override
    public boolean isDoubleWidth() {
        return SafeText.columnsOf(text.codePointAt(0)) == 2;
    }

    @Override
    public boolean equals(Object other) {
        // Lanterna's equals compares classes too, so a cell and a bare letter never match and the
        // screen redraws a cell whose marks changed.
        return super.equals(other) && text.equals(((MultiCharCell) other).text);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
