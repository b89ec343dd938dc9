package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.NotFoundException;
import dev.needle.domain.Contact;
import dev.needle.domain.Draft;
import dev.needle.domain.Need;
import java.util.Optional;

/**
 * Puts a kept draft back where it was typed: the same form or editor, for the same record, with the
 * text restored and the cursor at its end. A draft whose record was deleted meanwhile, or typed in a
 * form that cannot be opened alone, is shown as text to read and copy ({@link KeptDraftView}) rather
 * than dropped.
 */
final class DraftReopening {
    private DraftReopening() {
    }

    static View reopen(Draft draft, Session session) {
        try {
            return inPlace(draft, session).orElseGet(() -> new KeptDraftView(draft,
                    "This form cannot be reopened by itself; here is what you typed, to copy.", 0));
        } catch (NotFoundException gone) {
            return new KeptDraftView(draft, (draft.about().isEmpty() ? "What it was about" : draft.about())
                    + " was deleted since; here is what you typed, to copy.", 0);
        }
    }

    private static Optional<View> inPlace(Draft d, Session s) {
        switch (d.kind()) {
            case Drafted.CAPTURE:
                return Optional.of(ContactForms.capture().restored(d));
            case Drafted.NEED_ADD:
                return Optional.of(NeedForms.add(NeedForms.direction(s)).restored(d));
            case Drafted.NEED_NOTES:
                return need(d, s).map(n -> NeedDetailView.load(n, s).notesHolding(d, s));
            case Drafted.NEED_EDIT:
                return need(d, s).map(n -> NeedForms.edit(n, NeedForms.direction(s)).restored(d));
            default:
                break;
        }
        if (Drafted.contact(d).isEmpty()) {
            return Optional.empty();
        }
        ContactDetailView page = ContactDetailView.load(Drafted.contact(d).get(), s);
        Contact contact = page.detail().contact();
        View view = switch (d.kind()) {
            case Drafted.CONTACT_NOTES -> page.notesHolding(d, s);
            case Drafted.PRIVATE_NOTE -> page.privateNoteHolding(d, s);
            case Drafted.CONTACT_EDIT -> ContactForms.edit(contact, s).restored(d);
            case Drafted.LOG -> page.logForm(s).restored(d);
            case Drafted.FOLLOW_UP -> FollowUpKeys.dateForm(contact).restored(d);
            case Drafted.FOLLOW_UP_DONE -> FollowUpKeys.completeForm(contact).restored(d);
            case Drafted.MEETING_REQUEST -> page.requestForm(s).restored(d);
            default -> null;
        };
        return Optional.ofNullable(view);
    }

    /** The need the draft names, as it is now; deleted when no longer listed. */
    private static Optional<Need> need(Draft d, Session s) {
        if (Drafted.need(d).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.useCases().listNeeds().listNeeds().stream().filter(n -> n.id().equals(Drafted.need(d).get()))
                .findFirst().orElseThrow(() -> new NotFoundException("need", d.subject())));
    }
}
