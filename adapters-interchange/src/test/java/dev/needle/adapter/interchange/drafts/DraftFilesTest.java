package dev.needle.adapter.interchange.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.DraftStore;
import dev.needle.application.port.out.contract.DraftStoreContract;
import dev.needle.domain.Draft;
import dev.needle.domain.TeammateId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft files pass the store contract, and keep what someone typed private and whole. */
class DraftFilesTest extends DraftStoreContract {
    @TempDir
    Path state;

    @Override
    protected DraftStore drafts() {
        return new DraftFiles(state.resolve("drafts"));
    }

    private static Draft note(String text) {
        return new Draft("s1", "contact-notes", "contact:42", "Rita Sousa", "Notes on Rita Sousa",
                List.of(new Draft.Entry("notes", "Notes", text, Optional.empty())), 0, Optional.of(LocalDateTime.of(2026, 12, 7, 15, 40)));
    }

    @Test
    void onlyTheUserCanReadTheirDrafts() throws IOException {
        new DraftFiles(state.resolve("drafts")).save(new TeammateId(3), note("private words"));

        Path folder = state.resolve("drafts").resolve("3");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("s1.draft"))))
                .isEqualTo("rw-------");
        try (var left = Files.list(folder)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("s1.draft");
        }
    }

    @Test
    void aBrokenFileIsLeftAloneAndTheOthersStillRead() throws IOException {
        DraftFiles files = new DraftFiles(state.resolve("drafts"));
        files.save(new TeammateId(3), note("kept"));
        Files.writeString(state.resolve("drafts").resolve("3").resolve("x.draft"), "fields=many\n");

        assertThat(files.byOwner(new TeammateId(3))).extracting(Draft::text).containsExactly("kept");
        assertThat(state.resolve("drafts").resolve("3").resolve("x.draft")).exists();
    }
}
