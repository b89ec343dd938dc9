package dev.needle.app;

import dev.needle.domain.PrintableText;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the command line's {@code --json} output: maps (in insertion order), lists, strings,
 * numbers, booleans and null. Control characters, bidi controls and lone surrogates are never
 * written raw ({@link PrintableText#mustEscape}): they are escaped, so the data is kept. Small on
 * purpose: the formats are documented in docs/cli-json.md and must not change shape behind the
 * user's back.
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(out, String.valueOf(entry.getKey()));
                out.append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",");
                first = false;
                append(out, item);
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        char low = text.charAt(++i);
                        if (PrintableText.mustEscape(Character.toCodePoint(c, low))) {
                            out.append(String.format("\\u%04x\\u%04x", (int) c, (int) low)); // tag characters
                        } else {
                            out.append(c).append(low); // an emoji or rare CJK: written as it is
                        }
                    } else if (PrintableText.mustEscape(c)) {
                        // Controls, bidi controls, other format characters, lone surrogates: kept, escaped.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
