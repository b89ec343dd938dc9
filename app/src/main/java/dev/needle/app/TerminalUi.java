package dev.needle.app;

import dev.needle.adapter.tui.ConsoleAhead;
import dev.needle.adapter.tui.TuiApp;
import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.in.KeepDraftsUseCase;
import dev.needle.application.port.in.MyTodayUseCase;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.util.Optional;

/** The Lanterna UI on this process's own terminal. */
final class TerminalUi implements FullScreen {
    /** The terminal set up while the database opened, when it was. */
    private ConsoleAhead console = ConsoleAhead.none();

    @Override
    public SetUpAhead setUpAhead() {
        console = ConsoleAhead.setUp();
        return console::close;
    }

    /** The message templates come from the configured triage settings. */
    @Override
    public void show(UseCases u, TriageSettings settings) throws Exception {
        show(u, settings, Optional.empty());
    }

    @Override
    public void show(UseCases u, TriageSettings settings, Optional<Path> budgetConfigFile) throws Exception {
        show(u, settings, budgetConfigFile, KeepDraftsUseCase.NONE);
    }

    @Override
    public void show(UseCases u, TriageSettings settings, Optional<Path> budgetConfigFile, KeepDraftsUseCase drafts)
            throws Exception {
        // Today's data is read on a second thread while this one sets up the terminal.
        FirstScreenAhead ahead = FirstScreenAhead.over(u);
        TuiUseCases ports = forTui(u, ahead.today(), ahead.myToday()).withDrafts(drafts);
        // A training start records up to its first frame: the search index's warm-up after it is left out.
        Runnable afterFirstFrame = TrainingStart.asked() ? () -> { } : u.warmUpSearch();
        TuiApp.runOnConsole(budgetConfigFile.map(ports::withBudgetConfigFile).orElse(ports), settings.templates(),
                afterFirstFrame, console);
    }

    /** The UI's ports; the Budget screen names {@code budgetConfigFile} as where the budget comes from. */
    static TuiUseCases forTui(UseCases u, Optional<Path> budgetConfigFile) {
        TuiUseCases ports = forTui(u);
        return budgetConfigFile.map(ports::withBudgetConfigFile).orElse(ports);
    }

    static TuiUseCases forTui(UseCases u) {
        return forTui(u, u.week().today(), u.mine().today());
    }

    /** {@code today} and {@code myToday} in place of {@code u}'s own (the first screen read ahead). */
    private static TuiUseCases forTui(UseCases u, GetTodayUseCase today, MyTodayUseCase myToday) {
        return new TuiUseCases(u.getDirection(), u.setDirection(), u.listNeeds(), u.addNeed(), u.editNeed(),
                u.reorderNeed(), u.markNeedMet(), u.dropNeed(), u.findHelpers(), u.searchContacts(),
                u.captureContact(), u.editContact(), u.viewContact(), u.recordMeetingRequest(), u.pendingRequests(),
                u.triage(), u.acceptMeeting(), u.counterMeeting(), u.offerHelp(), u.declineMeeting(),
                u.budgetStatus(), u.setBudget(), u.followUps(), u.logInteraction(),
                new TuiUseCases.Week(today, u.week().followUps(), u.planEvent(), u.prepareEvent(),
                        u.week().exportPrepSheet(), u.week().captureAtEvent(), u.week().deleteContact(),
                        u.week().revert(), u.week().costPerNeed(), u.peopleAtCompany(),
                        new TuiUseCases.Touch(u.touch().keepInTouch(), u.touch().due()), u.week().mergeDuplicates()))
                .withChanges(u.week().checkForChanges()).withTeam(u.team())
                .withAuthors(u.authors())
                .withMine(new TuiUseCases.Mine(u.mine().assign(), myToday))
                .withPrivateNotes(u.privateNotes());
    }
}
