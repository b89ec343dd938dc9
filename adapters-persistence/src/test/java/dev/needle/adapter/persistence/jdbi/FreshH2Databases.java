package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh H2 file database for every test, on the same URL settings the application uses. Flyway
 * runs once per test class on a template file; each test opens a copy of it, which is faster and
 * also exercises the start that finds the schema current.
 */
final class FreshH2Databases implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    static final String USER = "needle";
    static final String PASSWORD = "not-the-empty-default";

    private Path root;
    private Path template;
    private int count;
    private final List<JdbiPersistence> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("needle-h2-");
        template = root.resolve("template");
        JdbiPersistence.open(H2Urls.fileUrl(template), USER, PASSWORD).close();
    }

    /** Stores over a new copy of the migrated template, closed after the test. */
    Stores fresh() {
        return JdbiStores.of(freshPersistence());
    }

    /** The database itself, for the stores that {@link Stores} does not list. */
    JdbiPersistence freshPersistence() {
        Path dir = root.resolve("test-" + ++count);
        try {
            Files.createDirectories(dir);
            Files.copy(template.resolve("needle.mv.db"), dir.resolve("needle.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JdbiPersistence persistence = JdbiPersistence.open(H2Urls.fileUrl(dir), USER, PASSWORD);
        open.add(persistence);
        return persistence;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(JdbiPersistence::close);
        open.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
