package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the version the start-up check expects in step with the newest migration script. */
class SchemaVersionTest {
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theCurrentVersionIsTheNewestScript() throws IOException, URISyntaxException {
        Path scripts = Path.of(getClass().getClassLoader().getResource("db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(scripts)) {
            newest = files.map(file -> SCRIPT.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max().orElseThrow();
        }

        // A new V<n> script without raising CURRENT would let an old schema start without migrating.
        assertThat(SchemaVersion.CURRENT).isEqualTo(Integer.toString(newest));
    }
}
