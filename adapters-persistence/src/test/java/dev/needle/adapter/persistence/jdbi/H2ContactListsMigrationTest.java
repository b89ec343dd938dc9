package dev.needle.adapter.persistence.jdbi;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

class H2ContactListsMigrationTest extends ContactListsMigrationContract {
    @TempDir
    Path dataDir;

    @Override
    protected String emptyUrl() {
        return H2Urls.fileUrl(dataDir);
    }

    @Override
    protected DataSource dataSource(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(user());
        source.setPassword(password());
        return source;
    }

    @Override
    protected String user() {
        return FreshH2Databases.USER;
    }

    @Override
    protected String password() {
        return FreshH2Databases.PASSWORD;
    }
}
