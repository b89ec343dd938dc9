package dev.needle.app;

import dev.needle.domain.triage.TriageSettings;

/** Shows the full-screen UI over the use cases until the user quits; a seam so tests need no terminal. */
interface FullScreen {
    void show(UseCases useCases, TriageSettings settings) throws Exception;
}
