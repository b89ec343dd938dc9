package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Files are built beside the database: a path naming no folder is refused in words, not with a null. */
class FolderOfTest {
    @Test
    void aFileSitsInItsFolder() {
        assertThat(FolderOf.file(Path.of("/home/ana/needle.mv.db"))).isEqualTo(Path.of("/home/ana"));
    }

    @Test
    void theRootIsNoFileInAFolder() {
        assertThatThrownBy(() -> FolderOf.file(Path.of("/"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("/ is not a file in a folder");
    }
}
