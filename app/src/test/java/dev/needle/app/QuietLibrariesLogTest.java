package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import dev.needle.adapter.persistence.jdbi.H2Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSH server's and H2's chatter stays out of the log, their warnings and errors go in: in the log
 * configured in code (the runnable jar) as in the one logback.xml describes.
 */
class QuietLibrariesLogTest {
    @TempDir
    Path dir;

    @Test
    void theLogConfiguredInCodeKeepsOnlyTheLibrariesWarnings() throws Exception {
        Path log = dir.resolve("needle.log");
        LoggerContext context = LogContexts.inCode(log);

        logFromTheLibraries(context);

        assertOnlyWarningsKept(log);
    }

    @Test
    void theLogConfiguredByLogbackXmlKeepsOnlyTheLibrariesWarnings() throws Exception {
        Path log = dir.resolve("needle.log");
        LoggerContext context = LogContexts.byLogbackXml(log);

        logFromTheLibraries(context);

        assertOnlyWarningsKept(log);
    }

    private static void logFromTheLibraries(LoggerContext context) {
        context.getLogger("org.apache.sshd.server.session.ServerSessionImpl").info("Session ana@127.0.0.1 authenticated");
        context.getLogger("org.apache.sshd.server.session.ServerSessionImpl").warn("Disconnecting: too many tries");
        context.getLogger(H2Reports.LOGGER).info("jdbc[3]: disconnecting session #3");
        context.getLogger(H2Reports.LOGGER).error("jdbc[3]: exception");
        context.stop();
    }

    private static void assertOnlyWarningsKept(Path log) throws Exception {
        assertThat(Files.readString(log)).contains("Disconnecting: too many tries", "jdbc[3]: exception")
                .doesNotContain("authenticated", "disconnecting session");
    }
}
