package dev.needle.adapter.persistence.jdbi;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresContactListsMigrationTest extends ContactListsMigrationContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected String emptyUrl() {
        return DATABASES.emptyUrl();
    }

    @Override
    protected DataSource dataSource(String url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user());
        return source;
    }

    @Override
    protected String user() {
        return SharedPostgres.USER;
    }

    @Override
    protected String password() {
        return null;
    }
}
