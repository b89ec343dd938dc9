package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Key;
import java.util.Optional;

/**
 * A text of several lines being typed and where the cursor stands in it. Within and across lines it
 * edits as {@link EditLine} does (a line break is one more character to step or erase over, so ← at a
 * line's start goes to the end of the one before and Backspace there joins them); the keys that mean
 * "the line" (Home/End, Ctrl-A/Ctrl-E, Ctrl-K, Ctrl-U) work on the line the cursor is in, and Enter
 * breaks it. Moving up and down needs the text laid out, which {@link WrappedRows} does.
 */
public record EditText(String text, int cursor) {
    public EditText {
        EditLine line = new EditLine(text, cursor);
        text = line.text();
        cursor = line.cursor();
    }

    /** The text with the cursor at its end, line breaks written as \n whatever wrote them. */
    public static EditText atEnd(String text) {
        String lines = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        return new EditText(lines, lines.length());
    }

    /** The text after {@code key}, when it is one of the editing keys that need no layout; else empty. */
    public Optional<EditText> after(Key key) {
        EditText edited = switch (key.type()) {
            case HOME -> lineStart();
            case END -> lineEnd();
            case ENTER -> inserted("\n");
            case CHAR -> key.isCtrl('a') ? lineStart()
                    : key.isCtrl('e') ? lineEnd()
                    : key.isCtrl('k') ? killToLineEnd()
                    : key.isCtrl('u') ? killToLineStart()
                    : null;
            default -> null;
        };
        if (edited != null) {
            return Optional.of(edited);
        }
        return line().after(key).map(l -> new EditText(l.text(), l.cursor()));
    }

    public EditLine line() {
        return new EditLine(text, cursor);
    }

    public boolean atEnd() {
        return cursor == text.length();
    }

    public EditText inserted(String typed) {
        EditLine line = line().inserted(typed);
        return new EditText(line.text(), line.cursor());
    }

    public EditText at(int offset) {
        return new EditText(text, offset);
    }

    /** Where the line the cursor is in starts. */
    public int startOfLine() {
        return text.lastIndexOf('\n', cursor - 1) + 1;
    }

    /** Where the line the cursor is in ends: its line break, or the end of the text. */
    public int endOfLine() {
        int lineBreak = text.indexOf('\n', cursor);
        return lineBreak < 0 ? text.length() : lineBreak;
    }

    public EditText lineStart() {
        return at(startOfLine());
    }

    public EditText lineEnd() {
        return at(endOfLine());
    }

    /** Ctrl-K: the rest of the line erased; at its end, the line break, so the next line joins it. */
    public EditText killToLineEnd() {
        int end = endOfLine();
        int to = end == cursor && end < text.length() ? end + 1 : end;
        return new EditText(text.substring(0, cursor) + text.substring(to), cursor);
    }

    /** Ctrl-U: the line erased back to its start. */
    public EditText killToLineStart() {
        int start = startOfLine();
        return new EditText(text.substring(0, start) + text.substring(cursor), start);
    }
}
