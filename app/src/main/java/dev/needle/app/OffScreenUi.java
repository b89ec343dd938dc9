package dev.needle.app;

import dev.needle.adapter.tui.TuiApp;
import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.util.Optional;

/** The full screen's start up to its first frame, drawn in memory at 80×24: a {@link TrainingStart}'s screen. */
final class OffScreenUi implements FullScreen {
    @Override
    public boolean isSession() {
        return false;
    }

    @Override
    public void show(UseCases u, TriageSettings settings) throws Exception {
        show(u, settings, Optional.empty());
    }

    @Override
    public void show(UseCases u, TriageSettings settings, Optional<Path> budgetConfigFile) throws Exception {
        FirstScreenAhead ahead = FirstScreenAhead.over(u);
        TuiUseCases ports = TerminalUi.forTui(u, ahead.today(), ahead.myToday());
        MessageTemplates templates = settings.templates();
        // Up to the first frame and no further: the search index's warm-up after it is left out.
        TuiApp.firstFrameOffScreen(budgetConfigFile.map(ports::withBudgetConfigFile).orElse(ports), templates, 80, 24);
    }
}
