package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

/**
 * Statements reach the database with their parameters where JDBI's own parser would put them: the
 * same text and the same parameters for anything that parser reads, quotes, comments and casts
 * included. (Every statement the other tests run is compared too: see {@link ColonParameters}.)
 */
class ColonParametersTest {
    private static final ColonPrefixSqlParser JDBI = new ColonPrefixSqlParser();

    @Test
    void namedParametersBecomePlaceholdersInOrder() {
        ParsedSql parsed = ColonParameters.parse("SELECT o.* FROM contacts o WHERE o.id > :from AND o.stage <> :closed_1");

        assertThat(parsed.getSql()).isEqualTo("SELECT o.* FROM contacts o WHERE o.id > ? AND o.stage <> ?");
        assertThat(parsed.getParameters()).isEqualTo(ParsedParameters.named(List.of("from", "closed_1")));
    }

    @Test
    void quotedTextCommentsAndCastsKeepTheirColons() {
        String sql = "SELECT 'at 10:30', \"odd:name\", x::text /* :not */ FROM t WHERE a = :a";

        ParsedSql parsed = ColonParameters.parse(sql);

        assertThat(parsed.getSql()).isEqualTo("SELECT 'at 10:30', \"odd:name\", x::text /* :not */ FROM t WHERE a = ?");
        assertThat(parsed.getParameters().getParameterNames()).containsExactly("a");
        assertSameAsJdbi(sql);
    }

    @Test
    void positionalParametersAndDoubledQuestionMarks() {
        ParsedSql parsed = ColonParameters.parse("SELECT ? , a ?? b");

        assertThat(parsed.getSql()).isEqualTo("SELECT ? , a ?? b");
        assertThat(parsed.getParameters()).isEqualTo(ParsedParameters.positional(1));
    }

    @Test
    void readsTheCornersAsJdbiDoes() {
        for (String sql : List.of("", ":", "::", ":::a", "a:", ":a.b?.c", ":a?b", "'it''s :x'", "'a\\' :b'", "'a\\'",
                "'\\\\' :c '", "\"\" :d \"", "\"x\"y\":z", "/* :a", "/*/ :b */", "/**/:c", "\\:e :f", "a\\", "-- :g\n:h", "// :i\r:j", "a - :k", "a / :l",
                ":é1 :ü :日本", "x = :p, y = ?", ":$a :_b :9", "'unclosed :h", "\"unclosed :i", ":a\uD83D\uDE00b :c\uD83D")) {
            assertSameAsJdbi(sql);
        }
    }

    /** Random texts over the characters that matter to either parser, compared with JDBI's reading. */
    @Test
    void agreesWithJdbiOnTwentyThousandRandomTexts() {
        RandomTexts.each("'\"\\:?/*.-_$aZ9 é\uD83D\uDE00\n\r#@<>", 20_000, ColonParametersTest::assertSameAsJdbi);
    }

    @Test
    void theTestsRunWithTheComparisonOn() {
        assertThat(ColonParameters.CHECKED).isTrue();
    }

    private static void assertSameAsJdbi(String sql) {
        Object jdbis = readBy(() -> JDBI.parse(sql, null));
        Object ours = readBy(() -> ColonParameters.parse(sql));
        assertThat(ours).as("%s", sql).isEqualTo(jdbis);
    }

    /** The parse, or the kind of failure it ends in (mixing named and positional parameters). */
    private static Object readBy(java.util.function.Supplier<ParsedSql> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
