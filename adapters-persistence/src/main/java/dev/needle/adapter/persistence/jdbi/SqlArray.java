package dev.needle.adapter.persistence.jdbi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Values bound to an ARRAY parameter as a plain Java array ({@code String[]}, {@code Long[]}), which
 * both H2 and the PostgreSQL driver turn into an SQL array themselves. JDBI's own array binding makes
 * a JDBC array object per value and registers each for freeing when the statement closes: for an
 * import's batches of a thousand rows with six arrays each, that bookkeeping cost more than writing
 * the rows.
 */
record SqlArray(Object[] values) implements Argument {
    private static final SqlArray NO_TEXT = new SqlArray(new String[0]);

    static SqlArray of(List<String> texts) {
        return texts.isEmpty() ? NO_TEXT : new SqlArray(texts.toArray(String[]::new));
    }

    static SqlArray of(Long[] numbers) {
        return new SqlArray(numbers);
    }

    @Override
    public void apply(int position, PreparedStatement statement, StatementContext context) throws SQLException {
        statement.setObject(position, values);
    }
}
