package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.DraftStore;
import dev.needle.domain.Draft;
import dev.needle.domain.TeammateId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every place drafts are kept must do: keep the text whole, per owner, newest first. */
public abstract class DraftStoreContract {
    private static final TeammateId ANA = new TeammateId(1);
    private static final TeammateId BOB = new TeammateId(2);
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 15, 40);

    private DraftStore store;

    protected abstract DraftStore drafts();

    @BeforeEach
    void setUp() {
        store = drafts();
    }

    static Draft note(String id, String text, LocalDateTime at) {
        return new Draft(id, "contact-notes", "contact:42", "Rita Sousa", "Notes on Rita Sousa",
                List.of(new Draft.Entry("notes", "Notes", text, Optional.empty())), 0, Optional.of(at));
    }

    @Test
    void aDraftComesBackWordForWord() {
        String text = "Met at the café — «owes me a favour»\n\nSecond paragraph: 日本語, tabs\tand \\ backslashes = :";
        Draft kept = note("s1", text, MONDAY);

        store.save(ANA, kept);

        assertThat(store.byOwner(ANA)).containsExactly(kept);
    }

    @Test
    void aFormsFieldsKeepTheirOrderLabelsFocusAndWhatTheyOpenedWith() {
        Draft form = new Draft("s2", "contact-edit", "contact:7", "Bo Li", "Edit contact",
                List.of(new Draft.Entry("role", "Role", "Design lead", Optional.of("Designer")),
                        new Draft.Entry("notes", "Notes", "long talk\nsecond line", Optional.of("long talk")),
                        new Draft.Entry("company", "Company", "", Optional.of("")),
                        new Draft.Entry("needs", "Needs advanced", "", Optional.empty())), 1, Optional.of(MONDAY));

        store.save(ANA, form);

        assertThat(store.byOwner(ANA)).containsExactly(form);
    }

    @Test
    void oneOwnersDraftsAreNeverAnothers() {
        store.save(ANA, note("s1", "Ana's", MONDAY));

        assertThat(store.byOwner(BOB)).isEmpty();
        store.remove(BOB, "s1");
        assertThat(store.byOwner(ANA)).hasSize(1);
    }

    @Test
    void aSaveReplacesTheDraftOfTheSameIdAndTwoSessionsKeepTwo() {
        store.save(ANA, note("s1", "first words", MONDAY));
        store.save(ANA, note("s1", "first words, more", MONDAY.plusMinutes(1)));
        store.save(ANA, note("s2", "the other session", MONDAY.plusMinutes(2)));

        assertThat(store.byOwner(ANA)).extracting(Draft::text).containsExactly("the other session", "first words, more");
    }

    @Test
    void removingLeavesTheOthers() {
        store.save(ANA, note("s1", "one", MONDAY));
        store.save(ANA, note("s2", "two", MONDAY.plusMinutes(1)));

        store.remove(ANA, "s2");
        store.remove(ANA, "never-kept");

        assertThat(store.byOwner(ANA)).extracting(Draft::id).containsExactly("s1");
    }
}
