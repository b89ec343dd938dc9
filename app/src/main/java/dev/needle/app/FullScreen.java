package dev.needle.app;

import dev.needle.domain.triage.TriageSettings;
import java.io.IOException;
import dev.needle.application.port.in.KeepDraftsUseCase;
import java.nio.file.Path;
import java.util.Optional;

/** Shows the full-screen UI over the use cases until the user quits; a seam so tests need no terminal. */
interface FullScreen {
    void show(UseCases useCases, TriageSettings settings) throws Exception;

    /** {@code budgetConfigFile} is the config file that set the budget at this start, when it names one. */
    default void show(UseCases useCases, TriageSettings settings, Optional<Path> budgetConfigFile) throws Exception {
        show(useCases, settings);
    }

    /** As above, keeping what the person types unsaved as {@code drafts} when the session ends before a save. */
    default void show(UseCases useCases, TriageSettings settings, Optional<Path> budgetConfigFile,
                      KeepDraftsUseCase drafts) throws Exception {
        show(useCases, settings, budgetConfigFile);
    }

    /**
     * Sets the terminal up now, while the database is still opening, for {@link #show} to take; closing
     * what this returns gives the terminal back as it was found, unless show took it. Nothing by default.
     */
    default SetUpAhead setUpAhead() {
        return SetUpAhead.NOTHING;
    }

    /** A terminal set up ahead, until show takes it or it is given back. */
    interface SetUpAhead extends AutoCloseable {
        SetUpAhead NOTHING = () -> { };

        @Override
        void close() throws IOException;
    }
}
