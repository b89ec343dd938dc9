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

        assertThat(url).isEqualTo("jdbc:h2:file:/home/ada/.local/share/needle/needle;WRITE_DELAY=0;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0;CACHE_SIZE=4096");
    }

    @Test
    void aFolderWithASemicolonIsRefusedRatherThanReadAsASetting() {
        assertThatThrownBy(() -> H2Urls.fileUrl(Path.of("/tmp/x;IFEXISTS=FALSE")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
