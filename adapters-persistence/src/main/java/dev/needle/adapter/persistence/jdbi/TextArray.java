package dev.needle.adapter.persistence.jdbi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A list of texts bound to a VARCHAR ARRAY parameter as a plain {@code String[]}, which both H2 and
 * the PostgreSQL driver turn into an array themselves. JDBI's own array binding makes a JDBC array
 * object per value and registers each for freeing when the statement closes: for an import's batches
 * of a thousand rows with six arrays each, that bookkeeping cost more than writing the rows.
 */
record TextArray(String[] values) implements Argument {
    private static final TextArray EMPTY = new TextArray(new String[0]);

    static TextArray of(List<String> texts) {
        return texts.isEmpty() ? EMPTY : new TextArray(texts.toArray(String[]::new));
    }

    @Override
    public void apply(int position, PreparedStatement statement, StatementContext context) throws SQLException {
        statement.setObject(position, values);
    }
}
