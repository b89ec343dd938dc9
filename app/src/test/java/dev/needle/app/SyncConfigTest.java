package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file's sync: section: off unless there, a folder required, the interval readable. */
class SyncConfigTest {
    @TempDir
    Path dir;

    @Test
    void noSectionMeansNoSync() throws IOException {
        assertThat(SyncConfig.read(config("budget:\n  weekly_minutes: 60\n"), dir)).isEmpty();
        assertThat(SyncConfig.read(dir.resolve("missing.yaml"), dir)).isEmpty();
    }

    @Test
    void theFolderMayStartAtTheHomeFolderAndTheIntervalDefaultsToFifteenMinutes() throws IOException {
        SyncConfig sync = SyncConfig.read(config("sync:\n  vdir: ~/.contacts/needle\n"), Path.of("/home/ana")).orElseThrow();

        assertThat(sync.vdir()).isEqualTo(Path.of("/home/ana/.contacts/needle"));
        assertThat(sync.every()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theIntervalIsWrittenAsOnTheCommandLine() throws IOException {
        assertThat(SyncConfig.read(config("sync:\n  vdir: /srv/book\n  every: 1h\n"), dir).orElseThrow().every())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSectionWithoutAFolderOrWithABadIntervalIsRefusedInWords() throws IOException {
        assertThatThrownBy(() -> SyncConfig.read(config("sync:\n  every: 5m\n"), dir))
                .hasMessageContaining("sync: needs vdir");
        assertThatThrownBy(() -> SyncConfig.read(config("sync:\n  vdir: /srv/book\n  every: often\n"), dir))
                .hasMessageContaining("sync: every: 'often' is not a duration");
    }

    private Path config(String text) throws IOException {
        return Files.writeString(dir.resolve("config.yaml"), text);
    }
}
