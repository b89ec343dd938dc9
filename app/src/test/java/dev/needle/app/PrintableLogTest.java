package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import dev.needle.application.HostileText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * The log file, configured in code (the runnable jar) and by logback.xml, with messages and a stack
 * trace quoting the hostile corpus, as an SSH user name or a bad file's text would reach it.
 */
class PrintableLogTest {
    @TempDir
    Path dir;

    @Test
    void theLogConfiguredInCodeHoldsOneCleanedLinePerMessage() throws Exception {
        Path log = dir.resolve("needle.log");
        LoggerContext context = LogContexts.inCode(log);

        String text = logEveryValue(context);

        assertCleaned(text);
    }

    /** Setting the file's appender up (the pattern, the file) cost every run ~10 ms; most script runs log nothing. */
    @Test
    void theFileIsOpenedAtTheFirstLineLogged() throws Exception {
        Path log = dir.resolve("needle.log");
        LoggerContext context = LogContexts.inCode(log);
        assertThat(log).as("nothing logged yet").doesNotExist();

        context.getLogger("dev.needle.test").info("First line");
        context.getLogger("dev.needle.test").warn("Second line");
        context.stop();

        assertThat(Files.readAllLines(log)).hasSize(2).satisfiesExactly(
                first -> assertThat(first).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S* INFO  \\[.+\\] "
                        + "dev\\.needle\\.test - First line"),
                second -> assertThat(second).endsWith("WARN  [" + Thread.currentThread().getName() + "] dev.needle.test - Second line"));
    }

    @Test
    void theLogConfiguredByLogbackXmlIsCleanedTheSameWay() throws Exception {
        Path log = dir.resolve("needle.log");
        LoggerContext context = LogContexts.byLogbackXml(log);

        String text = logEveryValue(context);

        assertCleaned(text);
    }

    private String logEveryValue(LoggerContext context) throws Exception {
        Logger log = context.getLogger("dev.needle.test");
        for (String value : HostileText.everyRaw()) {
            log.info("Session started for {}", value);
        }
        log.warn("Session ended with an error", new IllegalStateException("bad " + HostileText.CORPUS.get(0).raw()
                + "\n" + HostileText.CORPUS.get(2).raw()));
        context.stop();
        byte[] bytes = Files.readAllBytes(dir.resolve("needle.log"));
        HostileText.assertSafe("the log file", bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertCleaned(String text) {
        HostileText.assertShown("the log file", text);
        assertThat(text.lines().filter(line -> line.contains("Session started for ")))
                .as("one line per message: a value cannot start a line of its own").hasSize(HostileText.everyRaw().size());
        assertThat(text).contains("java.lang.IllegalStateException: bad " + HostileText.CORPUS.get(0).shown())
                .contains("\n" + HostileText.CORPUS.get(2).shown() + "\n")
                .containsPattern("\n\tat dev\\.needle\\.app\\.PrintableLogTest\\.");
    }
}
