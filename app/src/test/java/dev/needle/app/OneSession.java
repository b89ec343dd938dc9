package dev.needle.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import picocli.CommandLine;

/**
 * One command line kept across runs, so {@code --db mem:} holds its records from one command to the
 * next (an import, then an export of what it stored); what the last run printed is {@link #out}.
 * Registered as an extension ({@code @RegisterExtension}), it lets go of its database after each test.
 */
final class OneSession implements AutoCloseable, AfterEachCallback {
    private CommandLine session;
    private StringWriter out = new StringWriter();

    int run(String... args) {
        if (session == null) {
            session = NeedleCommand.commandLine(() -> false);
        }
        out = new StringWriter();
        session.setOut(new PrintWriter(out, true));
        session.setErr(new PrintWriter(new StringWriter(), true));
        return session.execute(args);
    }

    String out() {
        return out.toString();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        close();
    }

    @Override
    public void close() throws Exception {
        if (session != null) {
            ((NeedleCommand) session.getCommand()).close();
            session = null;
        }
    }
}
