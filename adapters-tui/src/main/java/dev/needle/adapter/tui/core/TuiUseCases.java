package dev.needle.adapter.tui.core;

import dev.needle.application.port.in.AcceptMeetingUseCase;
import dev.needle.application.port.in.AssignUseCase;
import dev.needle.application.port.in.MyTodayUseCase;
import dev.needle.application.port.in.CaptureAtEventUseCase;
import dev.needle.application.port.in.CheckForChangesUseCase;
import dev.needle.application.port.in.CostPerNeedUseCase;
import dev.needle.application.port.in.DeleteContactUseCase;
import dev.needle.application.port.in.ExportPrepSheetUseCase;
import dev.needle.application.port.in.FindPeopleAtCompanyUseCase;
import dev.needle.application.port.in.FollowUpUseCase;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.in.KeepInTouchUseCase;
import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.application.port.in.PlanEventUseCase;
import dev.needle.application.port.in.PrepareEventUseCase;
import dev.needle.application.port.in.KeepDraftsUseCase;
import dev.needle.application.port.in.PrivateNoteUseCase;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.CounterMeetingUseCase;
import dev.needle.application.port.in.DeclineMeetingUseCase;
import dev.needle.application.port.in.DropNeedUseCase;
import dev.needle.application.port.in.EditContactUseCase;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.application.port.in.FindHelpersUseCase;
import dev.needle.application.port.in.GetBudgetStatusUseCase;
import dev.needle.application.port.in.GetDirectionUseCase;
import dev.needle.application.port.in.ListFollowUpsUseCase;
import dev.needle.application.port.in.ListNeedsUseCase;
import dev.needle.application.port.in.ListPendingRequestsUseCase;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.MarkNeedMetUseCase;
import dev.needle.application.port.in.MergeDuplicatesUseCase;
import dev.needle.application.port.in.OfferHelpUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.in.ReorderNeedUseCase;
import dev.needle.application.port.in.SearchContactsUseCase;
import dev.needle.application.port.in.SetBudgetUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.in.TriageMeetingRequestUseCase;
import dev.needle.application.port.in.ViewContactUseCase;
import dev.needle.application.port.in.TeamUseCase;
import dev.needle.application.port.in.RecordAuthorsUseCase;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The incoming ports the terminal UI uses, bundled so the composition root hands them over in one go,
 * with the configuration file that sets the budget at each start when it does (the Budget screen says so),
 * and the check that tells open screens another session saved something.
 */
public record TuiUseCases(
        GetDirectionUseCase getDirection,
        SetDirectionUseCase setDirection,
        ListNeedsUseCase listNeeds,
        AddNeedUseCase addNeed,
        EditNeedUseCase editNeed,
        ReorderNeedUseCase reorderNeed,
        MarkNeedMetUseCase markNeedMet,
        DropNeedUseCase dropNeed,
        FindHelpersUseCase findHelpers,
        SearchContactsUseCase searchContacts,
        CaptureContactUseCase captureContact,
        EditContactUseCase editContact,
        ViewContactUseCase viewContact,
        RecordMeetingRequestUseCase recordMeetingRequest,
        ListPendingRequestsUseCase listPendingRequests,
        TriageMeetingRequestUseCase triage,
        AcceptMeetingUseCase acceptMeeting,
        CounterMeetingUseCase counterMeeting,
        OfferHelpUseCase offerHelp,
        DeclineMeetingUseCase declineMeeting,
        GetBudgetStatusUseCase budgetStatus,
        SetBudgetUseCase setBudget,
        ListFollowUpsUseCase followUps,
        LogInteractionUseCase logInteraction,
        Week week,
        Optional<Path> budgetConfigFile,
        CheckForChangesUseCase changes,
        TeamUseCase team,
        RecordAuthorsUseCase authors,
        Mine mine,
        PrivateNoteUseCase privateNotes,
        KeepDraftsUseCase drafts) {
    /** The person of a screen test that never shares its database. */
    private static final TeamUseCase ALONE =
            TeamUseCase.alone(new Teammate(new TeammateId(1), "Me", LocalDate.of(2026, 1, 1)));

    /** A UI wired without private notes (a screen test that does not need them) shows none and keeps none. */
    private static final PrivateNoteUseCase NO_PRIVATE_NOTES = new PrivateNoteUseCase() {
        @Override
        public String mine(dev.needle.domain.ContactId contact) {
            return "";
        }

        @Override
        public java.util.Map<dev.needle.domain.ContactId, String> allMine() {
            return java.util.Map.of();
        }

        @Override
        public java.util.List<dev.needle.application.port.in.RecordChange> write(dev.needle.domain.ContactId contact,
                                                                                  String text) {
            throw new IllegalStateException("Private notes are not wired into this UI.");
        }
    };

    /** The ports of the rest of the week: today, events, follow-ups, undo, costs, who is where. */
    public record Week(
            GetTodayUseCase today,
            FollowUpUseCase followUps,
            PlanEventUseCase planEvent,
            PrepareEventUseCase prepareEvent,
            ExportPrepSheetUseCase exportPrepSheet,
            CaptureAtEventUseCase captureAtEvent,
            DeleteContactUseCase deleteContact,
            RevertUseCase revert,
            CostPerNeedUseCase costPerNeed,
            FindPeopleAtCompanyUseCase peopleAtCompany,
            Touch touch,
            MergeDuplicatesUseCase mergeDuplicates) {
        public Week {
            Objects.requireNonNull(touch, "touch");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(followUps, "followUps");
            Objects.requireNonNull(planEvent, "planEvent");
            Objects.requireNonNull(prepareEvent, "prepareEvent");
            Objects.requireNonNull(exportPrepSheet, "exportPrepSheet");
            Objects.requireNonNull(captureAtEvent, "captureAtEvent");
            Objects.requireNonNull(deleteContact, "deleteContact");
            Objects.requireNonNull(revert, "revert");
            Objects.requireNonNull(costPerNeed, "costPerNeed");
            Objects.requireNonNull(peopleAtCompany, "peopleAtCompany");
            Objects.requireNonNull(mergeDuplicates, "mergeDuplicates");
        }
    }

    /** Mine and ours: whose is what, giving it to a teammate, and the day split into mine and the team's. */
    public record Mine(AssignUseCase assign, MyTodayUseCase today) {
        public Mine {
            Objects.requireNonNull(assign, "assign");
            Objects.requireNonNull(today, "today");
        }
    }

    /** Keeping in touch: cadences, snoozes, and who is losing touch. */
    public record Touch(KeepInTouchUseCase keepInTouch, ListDueUseCase due) {
        public Touch {
            Objects.requireNonNull(keepInTouch, "keepInTouch");
            Objects.requireNonNull(due, "due");
        }
    }

    public TuiUseCases {
        Objects.requireNonNull(getDirection, "getDirection");
        Objects.requireNonNull(setDirection, "setDirection");
        Objects.requireNonNull(listNeeds, "listNeeds");
        Objects.requireNonNull(addNeed, "addNeed");
        Objects.requireNonNull(editNeed, "editNeed");
        Objects.requireNonNull(reorderNeed, "reorderNeed");
        Objects.requireNonNull(markNeedMet, "markNeedMet");
        Objects.requireNonNull(dropNeed, "dropNeed");
        Objects.requireNonNull(findHelpers, "findHelpers");
        Objects.requireNonNull(searchContacts, "searchContacts");
        Objects.requireNonNull(captureContact, "captureContact");
        Objects.requireNonNull(editContact, "editContact");
        Objects.requireNonNull(viewContact, "viewContact");
        Objects.requireNonNull(recordMeetingRequest, "recordMeetingRequest");
        Objects.requireNonNull(listPendingRequests, "listPendingRequests");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(acceptMeeting, "acceptMeeting");
        Objects.requireNonNull(counterMeeting, "counterMeeting");
        Objects.requireNonNull(offerHelp, "offerHelp");
        Objects.requireNonNull(declineMeeting, "declineMeeting");
        Objects.requireNonNull(budgetStatus, "budgetStatus");
        Objects.requireNonNull(setBudget, "setBudget");
        Objects.requireNonNull(followUps, "followUps");
        Objects.requireNonNull(logInteraction, "logInteraction");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(budgetConfigFile, "budgetConfigFile");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(privateNotes, "privateNotes");
        Objects.requireNonNull(drafts, "drafts");
    }

    /** Every port but the drafts: a UI that keeps none (screen tests, and wirings from before drafts). */
    public TuiUseCases(GetDirectionUseCase getDirection, SetDirectionUseCase setDirection, ListNeedsUseCase listNeeds,
                       AddNeedUseCase addNeed, EditNeedUseCase editNeed, ReorderNeedUseCase reorderNeed,
                       MarkNeedMetUseCase markNeedMet, DropNeedUseCase dropNeed, FindHelpersUseCase findHelpers,
                       SearchContactsUseCase searchContacts, CaptureContactUseCase captureContact,
                       EditContactUseCase editContact, ViewContactUseCase viewContact,
                       RecordMeetingRequestUseCase recordMeetingRequest,
                       ListPendingRequestsUseCase listPendingRequests, TriageMeetingRequestUseCase triage,
                       AcceptMeetingUseCase acceptMeeting, CounterMeetingUseCase counterMeeting,
                       OfferHelpUseCase offerHelp, DeclineMeetingUseCase declineMeeting,
                       GetBudgetStatusUseCase budgetStatus, SetBudgetUseCase setBudget,
                       ListFollowUpsUseCase followUps, LogInteractionUseCase logInteraction, Week week,
                       Optional<Path> budgetConfigFile, CheckForChangesUseCase changes, TeamUseCase team,
                       RecordAuthorsUseCase authors, Mine mine, PrivateNoteUseCase privateNotes) {
        this(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet, dropNeed, findHelpers,
                searchContacts, captureContact, editContact, viewContact, recordMeetingRequest, listPendingRequests,
                triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus, setBudget, followUps,
                logInteraction, week, budgetConfigFile, changes, team, authors, mine, privateNotes, KeepDraftsUseCase.NONE);
    }

    /** The ports with a budget that only the UI and plans set. */
    public TuiUseCases(GetDirectionUseCase getDirection, SetDirectionUseCase setDirection, ListNeedsUseCase listNeeds,
                       AddNeedUseCase addNeed, EditNeedUseCase editNeed, ReorderNeedUseCase reorderNeed,
                       MarkNeedMetUseCase markNeedMet, DropNeedUseCase dropNeed, FindHelpersUseCase findHelpers,
                       SearchContactsUseCase searchContacts, CaptureContactUseCase captureContact,
                       EditContactUseCase editContact, ViewContactUseCase viewContact,
                       RecordMeetingRequestUseCase recordMeetingRequest,
                       ListPendingRequestsUseCase listPendingRequests, TriageMeetingRequestUseCase triage,
                       AcceptMeetingUseCase acceptMeeting, CounterMeetingUseCase counterMeeting,
                       OfferHelpUseCase offerHelp, DeclineMeetingUseCase declineMeeting,
                       GetBudgetStatusUseCase budgetStatus, SetBudgetUseCase setBudget,
                       ListFollowUpsUseCase followUps, LogInteractionUseCase logInteraction, Week week) {
        this(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet, dropNeed, findHelpers,
                searchContacts, captureContact, editContact, viewContact, recordMeetingRequest, listPendingRequests,
                triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus, setBudget, followUps,
                logInteraction, week, Optional.empty(), CheckForChangesUseCase.NEVER, ALONE,
                RecordAuthorsUseCase.NOBODY, AloneMine.of(ALONE, week.today()), NO_PRIVATE_NOTES,
                KeepDraftsUseCase.NONE);
    }

    /** The same ports, saying that {@code config} sets the budget at each start. */
    public TuiUseCases withBudgetConfigFile(Path config) {
        return new TuiUseCases(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet,
                dropNeed, findHelpers, searchContacts, captureContact, editContact, viewContact, recordMeetingRequest,
                listPendingRequests, triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus,
                setBudget, followUps, logInteraction, week, Optional.of(config), changes, team, authors, mine,
                privateNotes, drafts);
    }

    /** The same ports, acting as {@code who} says (the default is a team of one). */
    public TuiUseCases withTeam(TeamUseCase who) {
        return new TuiUseCases(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet,
                dropNeed, findHelpers, searchContacts, captureContact, editContact, viewContact, recordMeetingRequest,
                listPendingRequests, triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus,
                setBudget, followUps, logInteraction, week, budgetConfigFile, changes, who, authors, mine, privateNotes, drafts);
    }

    /** The same ports, detail pages saying who added and changed records as {@code names} tells. */
    public TuiUseCases withAuthors(RecordAuthorsUseCase names) {
        return new TuiUseCases(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet,
                dropNeed, findHelpers, searchContacts, captureContact, editContact, viewContact, recordMeetingRequest,
                listPendingRequests, triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus,
                setBudget, followUps, logInteraction, week, budgetConfigFile, changes, team, names, mine, privateNotes, drafts);
    }

    /** The same ports, with open screens following what other sessions save as {@code watched} tells. */
    public TuiUseCases withChanges(CheckForChangesUseCase watched) {
        return new TuiUseCases(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet,
                dropNeed, findHelpers, searchContacts, captureContact, editContact, viewContact, recordMeetingRequest,
                listPendingRequests, triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus,
                setBudget, followUps, logInteraction, week, budgetConfigFile, watched, team, authors, mine, privateNotes, drafts);
    }

    /** The same ports, with {@code ours} telling whose is what (the default: everything is the one person's). */
    public TuiUseCases withMine(Mine ours) {
        return new TuiUseCases(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet,
                dropNeed, findHelpers, searchContacts, captureContact, editContact, viewContact, recordMeetingRequest,
                listPendingRequests, triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus,
                setBudget, followUps, logInteraction, week, budgetConfigFile, changes, team, authors, ours, privateNotes, drafts);
    }

    /** The same ports, with what the acting person was typing when a session ended kept by {@code kept}. */
    public TuiUseCases withDrafts(KeepDraftsUseCase kept) {
        return new TuiUseCases(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet,
                dropNeed, findHelpers, searchContacts, captureContact, editContact, viewContact, recordMeetingRequest,
                listPendingRequests, triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus,
                setBudget, followUps, logInteraction, week, budgetConfigFile, changes, team, authors, mine, privateNotes,
                kept);
    }

    /** The same ports, with the acting person's private notes kept by {@code notes}. */
    public TuiUseCases withPrivateNotes(PrivateNoteUseCase notes) {
        return new TuiUseCases(getDirection, setDirection, listNeeds, addNeed, editNeed, reorderNeed, markNeedMet,
                dropNeed, findHelpers, searchContacts, captureContact, editContact, viewContact, recordMeetingRequest,
                listPendingRequests, triage, acceptMeeting, counterMeeting, offerHelp, declineMeeting, budgetStatus,
                setBudget, followUps, logInteraction, week, budgetConfigFile, changes, team, authors, mine, notes, drafts);
    }
}
