package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A statement's {@code <name>} defines are filled as JDBI's own engine fills them, quotes, comments,
 * comparisons and escapes included. (Every statement the other tests run is compared too: see
 * {@link DefineTemplates}.)
 */
class DefineTemplatesTest {
    private final Handle handle = Jdbi.create("jdbc:h2:mem:").open();

    @AfterEach
    void close() {
        handle.close();
    }

    @Test
    void aDefineIsFilledWithItsValue() {
        assertThat(filled("SELECT * FROM record_marks WHERE kind = :kind AND record_id IN (<ids>)"))
                .isEqualTo("SELECT * FROM record_marks WHERE kind = :kind AND record_id IN (:__ids_0,:__ids_1)");
    }

    @Test
    void comparisonsQuotesAndCommentsAreLeftAlone() {
        String sql = "SELECT 'a <ids> b', \"<ids>\" FROM t /* <ids> */ WHERE a <> b AND c <= d AND e < f";

        assertThat(filled(sql)).isEqualTo(sql);
    }

    @Test
    void fillsTheCornersAsJdbiDoes() {
        for (String sql : List.of("", "<", "<>", "<ids>", "<ids", "<a b>", "x<y>z", "<ids><name>", "\\<ids>", "a\\",
                "'<ids>' <ids>", "'a\\' <ids>'", "-- <ids>\n<ids>", "// <ids>\r<ids>", "<é1>", "<$_9>", "<a.b>",
                "<missing>", "\"\" <ids> \"", "/* <ids>", "<\uD83D\uDE00>", "<\uD83D>")) {
            assertSameAsJdbi(sql);
        }
    }

    /** Random texts over the characters that matter to either engine, compared with JDBI's filling. */
    @Test
    void agreesWithJdbiOnTwentyThousandRandomTexts() {
        RandomTexts.each("<>'\"\\/*-_$ids.é\uD83D\uDE00\n\r #@:", 20_000, this::assertSameAsJdbi);
    }

    @Test
    void theTestsRunWithTheComparisonOn() {
        assertThat(ColonParameters.CHECKED).isTrue();
    }

    private String filled(String sql) {
        return DefineTemplates.SHARED.parse(sql, handle.getConfig()).orElseThrow().apply(context(sql));
    }

    private void assertSameAsJdbi(String sql) {
        StatementContext ctx = context(sql);
        Object jdbis = filledBy(() -> new DefinedAttributeTemplateEngine().parse(sql, handle.getConfig()).orElseThrow().apply(ctx));
        Object ours = filledBy(() -> DefineTemplates.SHARED.parse(sql, handle.getConfig()).orElseThrow().apply(ctx));
        assertThat(ours).as("%s", sql).isEqualTo(jdbis);
    }

    /** A statement's context with {@code <ids>} as bindList makes it and a few more defined. */
    private StatementContext context(String sql) {
        return handle.createQuery(sql).bindList("ids", 1, 2).define("name", "n").define("é1", "e")
                .define("$_9", "d").define("s", "s").define("i", "i").define("\uD83D\uDE00", "smile").getContext();
    }

    /** The filled text, or the kind of failure it ends in (a define with no value). */
    private static Object filledBy(java.util.function.Supplier<String> fill) {
        try {
            return fill.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
