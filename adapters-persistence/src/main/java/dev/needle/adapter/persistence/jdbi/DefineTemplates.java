package dev.needle.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;

/**
 * Fills a statement's {@code <name>} defines (where {@code bindList} puts its placeholders) the way
 * JDBI's own {@code DefinedAttributeTemplateEngine} does, token for token (its grammar,
 * {@code DefineStatementLexer}), in one pass instead of through ANTLR's simulator: every new statement
 * text passes here before its parameters are found ({@link ColonParameters}). Comments and quoted texts
 * are copied as that class copies them, a backslash escapes the next character and is dropped, and
 * {@code <} name characters {@code >} (letters, digits, {@code _ $ .}, non-ASCII) is a define. JDBI
 * keeps each text's parse.
 *
 * <p>With assertions on (every test run) each text is also filled by JDBI's engine, and the two must
 * agree: every statement the tests run is checked.
 */
final class DefineTemplates implements TemplateEngine.Parsing {
    static final DefineTemplates SHARED = new DefineTemplates();

    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        List<BiConsumer<StatementContext, StringBuilder>> parts = new ArrayList<>();
        int n = template.length();
        int i = 0;
        StringBuilder text = new StringBuilder();
        while (i < n) {
            char c = template.charAt(i);
            int end = ColonParameters.quotedOrCommentEnd(template, i);
            int defineEnd = c == '<' ? defineEnd(template, i) : -1;
            if (end > 0) {
                text.append(template, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < n) {
                int next = i + 1 + Character.charCount(template.codePointAt(i + 1));
                text.append(template, i + 1, next); // the backslash goes
                i = next;
            } else if (defineEnd > 0) {
                flush(text, parts);
                String token = template.substring(i, defineEnd);
                String key = template.substring(i + 1, defineEnd - 1);
                parts.add((ctx, out) -> {
                    Object value = ctx.getAttribute(key);
                    if (value == null) {
                        throw new UnableToCreateStatementException("Undefined attribute for token '" + token + "'", ctx);
                    }
                    out.append(value);
                });
                i = defineEnd;
            } else {
                text.appendCodePoint(template.codePointAt(i));
                i += Character.charCount(template.codePointAt(i));
            }
        }
        flush(text, parts);
        Function<StatementContext, String> render = ctx -> {
            try {
                StringBuilder out = new StringBuilder();
                parts.forEach(part -> part.accept(ctx, out));
                return out.toString();
            } catch (RuntimeException e) {
                throw new UnableToCreateStatementException("Error rendering SQL template: '" + template + "'", e, ctx);
            }
        };
        return Optional.of(ColonParameters.CHECKED ? checked(template, config, render) : render);
    }

    private static void flush(StringBuilder text, List<BiConsumer<StatementContext, StringBuilder>> parts) {
        if (text.length() > 0) {
            String bit = text.toString();
            text.setLength(0);
            parts.add((ctx, out) -> out.append(bit));
        }
    }

    /** The end of a {@code <name>} define starting at {@code i}, or -1. */
    private static int defineEnd(String template, int i) {
        int j = i + 1;
        while (j < template.length()) {
            int cp = template.codePointAt(j);
            if (cp == '>') {
                return j > i + 1 ? j + 1 : -1;
            }
            if (!isNameChar(cp)) {
                return -1;
            }
            j += Character.charCount(cp);
        }
        return -1;
    }

    /** A letter, digit, {@code _ $ .}, or anything outside ASCII but a lone high surrogate. */
    private static boolean isNameChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
                    || cp == '_' || cp == '$' || cp == '.';
        }
        return cp < 0xD800 || cp > 0xDBFF;
    }

    /** {@code render}, checked against JDBI's own engine on every use (only with assertions on). */
    private static Function<StatementContext, String> checked(String template, ConfigRegistry config,
                                                             Function<StatementContext, String> render) {
        Function<StatementContext, String> jdbis = new DefinedAttributeTemplateEngine().parse(template, config).orElseThrow();
        return ctx -> {
            String theirs;
            try {
                theirs = jdbis.apply(ctx);
            } catch (RuntimeException e) {
                theirs = e.getClass().getName();
            }
            String ours;
            try {
                ours = render.apply(ctx);
            } catch (RuntimeException e) {
                if (!theirs.equals(e.getClass().getName())) {
                    throw new AssertionError("JDBI's template engine fills " + template + " as " + theirs, e);
                }
                throw e;
            }
            if (!ours.equals(theirs)) {
                throw new AssertionError("JDBI's template engine fills " + template + " as " + theirs + ", not " + ours);
            }
            return ours;
        };
    }
}
