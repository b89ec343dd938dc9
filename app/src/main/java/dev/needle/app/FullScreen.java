package dev.needle.app;

import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.util.Optional;

/** Shows the full-screen UI over the use cases until the user quits; a seam so tests need no terminal. */
interface FullScreen {
    void show(UseCases useCases, TriageSettings settings) throws Exception;

    /** {@code budgetConfigFile} is the config file that set the budget at this start, when it names one. */
    default void show(UseCases useCases, TriageSettings settings, Optional<Path> budgetConfigFile) throws Exception {
        show(useCases, settings);
    }
}
