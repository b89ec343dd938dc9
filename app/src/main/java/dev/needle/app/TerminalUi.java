package dev.needle.app;

import dev.needle.adapter.tui.TuiApp;
import dev.needle.adapter.tui.TuiUseCases;
import dev.needle.domain.triage.MessageTemplates;

/** The Lanterna UI on this process's own terminal. */
final class TerminalUi implements FullScreen {
    private final MessageTemplates templates;

    TerminalUi(MessageTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void show(UseCases u) throws Exception {
        TuiApp.runOnConsole(forTui(u), templates);
    }

    static TuiUseCases forTui(UseCases u) {
        return new TuiUseCases(u.getDirection(), u.setDirection(), u.listNeeds(), u.addNeed(), u.editNeed(),
                u.reorderNeed(), u.markNeedMet(), u.dropNeed(), u.findHelpers(), u.searchContacts(),
                u.captureContact(), u.editContact(), u.viewContact(), u.recordMeetingRequest(), u.pendingRequests(),
                u.triage(), u.acceptMeeting(), u.counterMeeting(), u.offerHelp(), u.declineMeeting(),
                u.budgetStatus(), u.setBudget(), u.followUps(), u.logInteraction());
    }
}
