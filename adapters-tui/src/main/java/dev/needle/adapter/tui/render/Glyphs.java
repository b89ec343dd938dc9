package dev.needle.adapter.tui.render;

import java.util.Locale;
import java.util.Map;

/**
 * The characters Needle draws for itself (separators, ellipses, arrows, bars, box edges), as they
 * are or as ASCII stand-ins when the locale does not say UTF-8: a terminal under LANG=C shows the
 * UTF-8 bytes of "·" as two garbage characters. Each stand-in takes one cell, as the original
 * does, so the layout is the same either way. Other text (names, notes) is the user's and is left
 * alone.
 */
public enum Glyphs {
    UNICODE,
    ASCII;

    /** The first of LC_ALL, LC_CTYPE and LANG that is set decides, as the C library does; none set is the C locale. */
    public static Glyphs from(Map<String, String> env) {
        return from(env, ASCII);
    }

    /** As above, with {@code unset} when no locale variable is set (an ssh client need not send any). */
    public static Glyphs from(Map<String, String> env, Glyphs unset) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                String folded = value.toLowerCase(Locale.ROOT);
                return folded.contains("utf-8") || folded.contains("utf8") ? UNICODE : ASCII;
            }
        }
        return unset;
    }

    /** One screen cell's text, as this terminal should get it. */
    public String cell(String cell) {
        if (this == UNICODE || cell.length() != 1) {
            return cell;
        }
        char stand = standIn(cell.charAt(0));
        return stand == 0 ? cell : String.valueOf(stand);
    }

    /** The ASCII character for one of Needle's own glyphs, or 0 when it has none. */
    static char standIn(char c) {
        return switch (c) {
            case '·', '•', '∙' -> '.';
            case '…' -> '~';
            case '‹', '«', '←' -> '<';
            case '›', '»', '→' -> '>';
            case '—', '–', '─', '━', '═' -> '-';
            case '│', '┃', '║' -> '|';
            case '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', '╭', '╮', '╯', '╰' -> '+';
            case '↑', '▲' -> '^';
            case '↓', '▼' -> 'v';
            case '█', '▓', '▒', '■' -> '#';
            case '░' -> ':';
            case '✓', '✔' -> '*';
            case '‘', '’' -> '\'';
            case '“', '”' -> '"';
            case '\u00a0' -> ' ';
            default -> 0;
        };
    }
}
