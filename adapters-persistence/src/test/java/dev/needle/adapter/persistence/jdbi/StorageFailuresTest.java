package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.StorageFailedException;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the machine under the database reach the application in plain words, and a database
 * that H2 closed (as it does after a write to a full disk fails) is opened again on the next call.
 * The full disk itself is filled for real by the end-to-end test on a small tmpfs.
 */
class StorageFailuresTest {
    private static final String USER = "needle";
    private static final String PASSWORD = "a-real-password";

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseThatClosedItselfIsToldInPlainWordsAndOpenedAgainOnTheNextCall() throws SQLException {
        String url = H2Urls.fileUrl(dataDir);
        try (JdbiPersistence db = JdbiPersistence.open(url, USER, PASSWORD)) {
            Contact ada = db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Ada Lovelace"));
            closeUnderneath(url);

            assertThatThrownBy(() -> db.contacts().findAll())
                    .isInstanceOf(StorageFailedException.class)
                    .hasMessage("the database in " + dataDir.toAbsolutePath().normalize()
                            + " could not be read or written (details in the log)");

            assertThat(db.contacts().findAll()).containsExactly(ada);
            Contact grace = db.transactions().inTransaction(() ->
                    db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Grace Hopper")));
            assertThat(db.contacts().findAll()).containsExactly(ada, grace);
        }
    }

    @Test
    void everyStoreTellsADatabaseThatClosedItselfInPlainWords() throws SQLException {
        String url = H2Urls.fileUrl(dataDir);
        String told = "the database in " + dataDir.toAbsolutePath().normalize()
                + " could not be read or written (details in the log)";
        try (JdbiPersistence db = JdbiPersistence.open(url, USER, PASSWORD)) {
            List<ThrowingCallable> calls = List.of(() -> db.needs().findAll(), () -> db.events().findAll(),
                    () -> db.meetingRequests().findPending(), () -> db.team().team(), () -> db.budget().get(),
                    () -> db.directions().active(), () -> db.changes().current(), () -> db.ids().next(),
                    () -> db.transactions().inTransaction(() -> db.needs().findAll()));
            for (ThrowingCallable call : calls) {
                db.contacts().findAll(); // the pool, renewed after each failure, holds a connection again
                closeUnderneath(url);

                assertThatThrownBy(call).isInstanceOf(StorageFailedException.class).hasMessage(told);
            }
        }
    }

    @Test
    void aFullDiskAnywhereInTheChainIsToldAsTheFullDiskHoldingTheFolder() {
        StorageFailures failures = StorageFailures.of(Login.of(H2Urls.fileUrl(dataDir), USER, PASSWORD));
        RuntimeException deep = new IllegalStateException("Failed to commit transaction",
                new SQLException("IO Exception", "08000", 90028, new IOException("No space left on device")));

        RuntimeException told = failures.translate(deep);

        assertThat(told).isInstanceOf(StorageFailedException.class)
                .hasMessage("the disk holding " + dataDir.toAbsolutePath().normalize() + " is full");
        assertThat(failures.translate(new UncheckedIOException(new IOException("No space left on device")),
                Path.of("/elsewhere/backups"))).hasMessage("the disk holding /elsewhere/backups is full");
    }

    @Test
    void aFailureThatIsNotTheMachinesGoesOnUnchanged() {
        StorageFailures failures = StorageFailures.of(Login.of(H2Urls.fileUrl(dataDir), USER, PASSWORD));
        RuntimeException constraint = new IllegalStateException("duplicate",
                new SQLException("Unique index violation", "23505", 23505));

        assertThat(failures.translate(constraint)).isSameAs(constraint);
    }

    /** What H2 does to itself after a write fails: the database closes under every open connection. */
    private static void closeUnderneath(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException closedWhileClosing) {
            // H2 may report its own shutdown on the connection that asked for it.
        }
    }
}
