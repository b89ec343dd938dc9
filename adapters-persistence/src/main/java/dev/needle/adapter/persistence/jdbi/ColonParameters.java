package dev.needle.adapter.persistence.jdbi;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Finds the {@code :name} and {@code ?} parameters in a statement the way JDBI's own
 * {@code ColonPrefixSqlParser} does, token for token (its grammar, {@code ColonStatementLexer}), in one
 * pass instead of through ANTLR's simulator, which is cold code on a start. Comments ({@code /* … *&#47;},
 * {@code --} and {@code //} to the line's end), {@code '…'} texts (a backslash may escape a quote) and
 * {@code "…"} names are copied as they are; a backslash elsewhere escapes the next character and is
 * dropped; {@code ::} and {@code ??} are text; a colon before name characters (letters, digits,
 * {@code _ $ .}, non-ASCII, {@code ?.}) is a named parameter, a lone {@code ?} a positional one.
 *
 * <p>With assertions on (every test run) each new text is parsed by JDBI's parser too, and the two
 * must agree: every statement the tests run is checked.
 */
final class ColonParameters implements SqlParser {
    /** As many texts as JDBI's own parser keeps; past that the kept ones are dropped. */
    private static final int KEPT = 1000;
    private static final ColonParameters SHARED = new ColonParameters();
    /** Assertions on: each new text is compared with JDBI's parse. */
    static final boolean CHECKED = ColonParameters.class.desiredAssertionStatus();

    private final ConcurrentMap<String, ParsedSql> parsed = new ConcurrentHashMap<>();

    /** {@code jdbi}, its statements' defines filled by {@link DefineTemplates} and their parameters found here. */
    static Jdbi on(Jdbi jdbi) {
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(DefineTemplates.SHARED).setSqlParser(SHARED);
        return jdbi;
    }

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        ParsedSql known = parsed.get(sql);
        if (known != null) {
            return known;
        }
        ParsedSql fresh = parse(sql);
        if (CHECKED && !fresh.equals(jdbis(sql, ctx))) {
            throw new AssertionError("JDBI's parser reads " + sql + " as " + jdbis(sql, ctx) + ", not " + fresh);
        }
        if (parsed.size() >= KEPT) {
            parsed.clear();
        }
        parsed.put(sql, fresh);
        return fresh;
    }

    private static ParsedSql jdbis(String sql, StatementContext ctx) {
        return Objects.requireNonNull(new ColonPrefixSqlParser().parse(sql, ctx));
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }

    static ParsedSql parse(String sql) {
        ParsedSql.Builder out = ParsedSql.builder();
        int n = sql.length();
        int i = 0;
        int plain = 0; // start of the text not yet appended
        while (i < n) {
            char c = sql.charAt(i);
            int end = quotedOrCommentEnd(sql, i);
            if (end > 0) {
                i = end; // copied as it is, with the plain text around it
            } else if (c == '\\' && i + 1 < n) {
                out.append(sql.substring(plain, i));
                plain = i + 1; // the backslash goes, the character it escapes stays
                i += Character.charCount(sql.codePointAt(i + 1)) + 1;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                i += 2;
            } else if (c == ':' && nameEnd(sql, i + 1) > i + 1) {
                int nameEnd = nameEnd(sql, i + 1);
                out.append(sql.substring(plain, i)).appendNamedParameter(sql.substring(i + 1, nameEnd));
                i = plain = nameEnd;
            } else if (c == '?' && i + 1 < n && sql.charAt(i + 1) == '?') {
                i += 2;
            } else if (c == '?') {
                out.append(sql.substring(plain, i)).appendPositionalParameter();
                i = plain = i + 1;
            } else {
                i++;
            }
        }
        return out.append(sql.substring(plain)).build();
    }

    /**
     * The end of a comment, a {@code '…'} text or a {@code "…"} name starting at {@code i}, or -1: what
     * JDBI's lexers copy as it is (the template engine's, {@link DefineTemplates}, reads them alike).
     */
    static int quotedOrCommentEnd(String sql, int i) {
        return switch (sql.charAt(i)) {
            case '/', '-' -> commentEnd(sql, i);
            case '\'' -> quotedEnd(sql, i);
            case '"' -> doubleQuotedEnd(sql, i);
            default -> -1;
        };
    }

    /**
     * The end of a comment starting at {@code i}, or -1: {@code /* … *&#47;} (closed), or {@code --} or
     * {@code //} to the end of the line.
     */
    private static int commentEnd(String sql, int i) {
        if (i + 1 >= sql.length()) {
            return -1;
        }
        char c = sql.charAt(i);
        char next = sql.charAt(i + 1);
        if (c == '/' && next == '*') {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? -1 : close + 2;
        }
        if (c == next) { // -- or //
            int j = i + 2;
            while (j < sql.length() && sql.charAt(j) != '\n' && sql.charAt(j) != '\r') {
                j++;
            }
            return j;
        }
        return -1;
    }

    /**
     * The end of the longest {@code '…'} text starting at {@code i}, or -1. A quote after a backslash
     * may end the text or be escaped by it; the lexer takes the longest, so the text runs to the last
     * quote before the first one with no backslash in front.
     */
    private static int quotedEnd(String sql, int i) {
        int end = -1;
        for (int j = i + 1; j < sql.length(); j++) {
            if (sql.charAt(j) == '\'') {
                end = j + 1;
                if (sql.charAt(j - 1) != '\\') {
                    break;
                }
            }
        }
        return end;
    }

    /** The end of a {@code "…"} name starting at {@code i} (at least one character in it), or -1. */
    private static int doubleQuotedEnd(String sql, int i) {
        if (i + 1 >= sql.length() || sql.charAt(i + 1) == '"') {
            return -1;
        }
        int close = sql.indexOf('"', i + 2);
        return close < 0 ? -1 : close + 1;
    }

    /** Where the name characters starting at {@code i} end ({@code i} itself when there are none). */
    private static int nameEnd(String sql, int i) {
        int j = i;
        while (j < sql.length()) {
            int cp = sql.codePointAt(j);
            if (cp == '?' && j + 1 < sql.length() && sql.charAt(j + 1) == '.') {
                j += 2;
            } else if (isNameChar(cp)) {
                j += Character.charCount(cp);
            } else {
                break;
            }
        }
        return j;
    }

    /** A letter, digit, {@code _ $ .}, or anything outside ASCII but a lone high surrogate. */
    private static boolean isNameChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
                    || cp == '_' || cp == '$' || cp == '.';
        }
        return cp < 0xD800 || cp > 0xDBFF;
    }
}
