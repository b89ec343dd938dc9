package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.StorageFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class OneLineErrorsTest {

    @Command(name = "needle")
    static final class Anything implements Runnable {
        @Override
        public void run() {
        }
    }

    @Test
    void aLibrarysFailureNamesNoClassAndPointsToTheLog() {
        // What a restore printed before its H2 failure was fixed: the driver's own words.
        IllegalStateException fromH2 = new IllegalStateException(
                "org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: Unique index or primary key violation:"
                        + " \"PUBLIC.TEAMMATES_BY_NAME ON PUBLIC.TEAMMATES(NAME) VALUES ( /* 1 */ 'Root' )\"");
        fromH2.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.h2.message.DbException", "getJdbcSQLException", "DbException.java", 520)});

        String said = reportOf(fromH2);

        assertThat(said).doesNotContain("org.h2").doesNotContain("Exception").doesNotContain("TEAMMATES")
                .startsWith("needle: an unexpected failure stopped the command; ");
        assertThat(said.lines()).hasSize(1);
    }

    @Test
    void aLibrarysFailureWithAPlainMessageIsNotShownEither() {
        // Jackson, H2 or the JDK may word a message without a class name; it still speaks of their insides.
        IllegalStateException fromALibrary = new IllegalStateException("Cannot invoke \"Object.toString()\" because \"v\" is null");
        fromALibrary.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.fasterxml.jackson.databind.ser.BeanSerializer", "serialize", "B.java", 1)});

        assertThat(reportOf(fromALibrary)).doesNotContain("Object.toString").contains("unexpected failure");
    }

    @Test
    void aCheckInNeedlesOwnCodeKeepsItsMessage() {
        IllegalArgumentException check = new IllegalArgumentException("people.csv line 3 has 2 fields, the header has 4");
        check.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("dev.needle.adapter.interchange.csv.CsvTable", "row", "CsvTable.java", 80)});

        assertThat(reportOf(check)).isEqualTo("needle: people.csv line 3 has 2 fields, the header has 4\n");
    }

    @Test
    void ownCodeQuotingALibrarysClassIsNotShown() {
        IllegalStateException wrapped = new IllegalStateException("cannot read: java.nio.file.AccessDeniedException: /x");
        wrapped.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("dev.needle.app.ImportRun", "run", "ImportRun.java", 10)});

        assertThat(reportOf(wrapped)).doesNotContain("java.nio").contains("unexpected failure");
    }

    @Test
    void theLineNamesTheLogFileWhenThereIsOne() {
        String before = System.getProperty(FileLogging.LOG_FILE_PROPERTY);
        System.setProperty(FileLogging.LOG_FILE_PROPERTY, "/home/ana/.local/state/needle/needle.log");
        try {
            assertThat(reportOf(new RuntimeException((String) null)))
                    .isEqualTo("needle: an unexpected failure stopped the command;"
                            + " the details are in /home/ana/.local/state/needle/needle.log\n");
        } finally {
            if (before == null) {
                System.clearProperty(FileLogging.LOG_FILE_PROPERTY);
            } else {
                System.setProperty(FileLogging.LOG_FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void aStorageFailureQuotingALibrarysClassSaysWhatFailedAndWhereTheDetailsAre() {
        // Seen when the Needle holding the database was updated while it ran: its H2 server failed to load a class.
        StorageFailedException failed = new StorageFailedException("cannot open the database: General error: "
                + "\"java.lang.NoClassDefFoundError: org/h2/util/NetworkConnectionInfo\" [50000-240]");
        CommandLine line = new CommandLine(new Anything());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err, true));

        int code = new OneLineErrors().handleExecutionException(failed, line, null);

        assertThat(code).isEqualTo(NeedleCommand.MACHINE);
        assertThat(err.toString()).isEqualTo("needle: cannot open the database; the log file has the details; "
                + "nothing was changed\n");
    }

    private static String reportOf(Exception failure) {
        CommandLine line = new CommandLine(new Anything());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err, true));
        int code = new OneLineErrors().handleExecutionException(failure, line, null);
        assertThat(code).isEqualTo(line.getCommandSpec().exitCodeOnExecutionException());
        return err.toString();
    }
}
