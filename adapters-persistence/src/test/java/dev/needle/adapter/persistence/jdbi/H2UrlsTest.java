package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The H2 URL carries the settings measured to keep data safe and allow a second session. */
class H2UrlsTest {
    @Test
    void theFileUrlPointsIntoTheDataFolderWithDurableSharedSettings() {
        String url = H2Urls.fileUrl(Path.of("/home/ada/.local/share/needle"));

        assertThat(url).isEqualTo("jdbc:h2:file:/home/ada/.local/share/needle/needle;WRITE_DELAY=0;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0;CACHE_SIZE=4096;TRACE_LEVEL_FILE=4");
    }

    @Test
    void aReadingRunOpensTheSameFileReadOnlyWithoutTheAutoServer() {
        String url = H2Urls.fileUrl(Path.of("/home/ada/.local/share/needle"));

        assertThat(H2Urls.readOnly(url)).isEqualTo(
                "jdbc:h2:file:/home/ada/.local/share/needle/needle;WRITE_DELAY=0;MAX_COMPACT_TIME=0;CACHE_SIZE=4096;TRACE_LEVEL_FILE=4;ACCESS_MODE_DATA=r");
        assertThat(H2Urls.isReadOnly(H2Urls.readOnly(url))).isTrue();
        assertThat(H2Urls.isReadOnly(url)).isFalse();
        assertThat(H2Urls.lockFileOf(url)).isEqualTo(Path.of("/home/ada/.local/share/needle/needle.lock.db"));
    }

    @Test
    void aFolderWithASemicolonIsRefusedRatherThanReadAsASetting() {
        assertThatThrownBy(() -> H2Urls.fileUrl(Path.of("/tmp/x;IFEXISTS=FALSE")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
