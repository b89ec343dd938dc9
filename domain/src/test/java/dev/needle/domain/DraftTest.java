package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftTest {
    private static Draft notes(String typed, Optional<String> opened) {
        return new Draft("s1", "contact-notes", "contact:1", "Rita Sousa", "Notes on Rita Sousa",
                List.of(new Draft.Entry("notes", "Notes", typed, opened)), 0, Optional.empty());
    }

    @Test
    void notesAreChangedUnderADraftOnlyWhenTheyNoLongerReadWhatTheEditorOpenedWith() {
        Draft draft = notes("Met in Lisbon. Owes me an intro.", Optional.of("Met in Lisbon."));

        assertThat(draft.changedUnder("notes", "Met in Lisbon.")).isFalse();
        assertThat(draft.changedUnder("notes", "Met in Lisbon.\nCall Friday.")).isTrue();
        assertThat(draft.changedUnder("notes", "")).isTrue();
    }

    @Test
    void aDraftThatDidNotNoteWhatItOpenedWithCountsAnyOtherTextAsAChange() {
        Draft draft = notes("Owes me an intro.", Optional.empty());

        assertThat(draft.changedUnder("notes", "")).isFalse();
        assertThat(draft.changedUnder("notes", "Owes me an intro.")).isFalse();
        assertThat(draft.changedUnder("notes", "Call Friday.")).isTrue();
    }

    @Test
    void whatTwoSessionsAddedIsJoinedTheirsFirstAndARewriteFollowsTheirsWhole() {
        Draft added = notes("Met in Lisbon. Owes me an intro.", Optional.of("Met in Lisbon."));
        Draft rewritten = notes("Met in Porto.", Optional.of("Met in Lisbon."));

        assertThat(added.joinedWith("notes", "Met in Lisbon.\nCall Friday.")).isEqualTo("Met in Lisbon.\nCall Friday. Owes me an intro.");
        assertThat(rewritten.joinedWith("notes", "Met in Lisbon.\nCall Friday.")).isEqualTo("Met in Lisbon.\nCall Friday.\n\nMet in Porto.");
        assertThat(rewritten.joinedWith("notes", "")).as("nothing of theirs to keep").isEqualTo("Met in Porto.");
        assertThat(notes("Owes me an intro.", Optional.of("")).joinedWith("notes", "Call Friday."))
                .isEqualTo("Call Friday.\nOwes me an intro.");
    }
}
