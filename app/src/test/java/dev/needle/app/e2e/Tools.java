package dev.needle.app.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Finds the outside programs the end-to-end tests need. Missing ones skip the test loudly on a
 * developer machine; in CI ({@code CI=true}) they fail it, because there the tests must run.
 */
final class Tools {
    private Tools() {
    }

    static Path require(String program, String... candidates) {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw unavailable(program + " is not installed (looked in " + String.join(", ", candidates)
                + "); the end-to-end test cannot run here");
    }

    /** Skips loudly on a developer machine, fails in CI; callers {@code throw} the result for the compiler. */
    static RuntimeException unavailable(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionFailedError(reason + ", and in CI it must");
        }
        System.err.println("SKIPPED LOUDLY: " + reason);
        assumeTrue(false, reason);
        return new IllegalStateException("unreachable");
    }

    /** The runnable jar the build made in this module's target folder. */
    static Path needleJar() throws IOException {
        Path jar = Path.of("target", "needle.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IOException("The end-to-end tests run after `package`: " + jar + " is missing");
        }
        return jar;
    }
}
