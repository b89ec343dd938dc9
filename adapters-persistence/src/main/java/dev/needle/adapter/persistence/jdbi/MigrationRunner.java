package dev.needle.adapter.persistence.jdbi;

import javax.sql.DataSource;

/** Brings a database's schema up to the current version; called only when a migration is due. */
interface MigrationRunner {
    void migrate(DataSource dataSource);

    /** The schema version this runner migrates to; a database already there is not migrated. */
    default String targetVersion() {
        return SchemaVersion.CURRENT;
    }
}
