package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.DateInput;
import dev.needle.domain.English;
import dev.needle.domain.Rapport;
import dev.needle.domain.Origin;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fast capture form (name first, Enter saves and clears for the next person) and the full edit form. */
final class ContactForms {
    private static final ContactId PROBE = new ContactId(1);

    private ContactForms() {
    }

    static FormView capture() {
        return FormView.of("Capture", "Name first; the rest is optional. Enter saves and clears for the next person.",
                captureFields(), ContactForms::saveCapture).savingOnEnter().about(Drafted.about(Drafted.CAPTURE));
    }

    private static List<Field> captureFields() {
        return List.of(
                Field.text("name", "Name", "", v -> Contact.capture(PROBE, v)),
                Field.text("company", "Company", "", v -> Contact.capture(PROBE, "x").edit().company(v).build()),
                Field.text("role", "Role", "", v -> Contact.capture(PROBE, "x").edit().role(v).build()),
                Field.text("offers", "Can offer", "", Targets::tags, "tag"));
    }

    private static Step saveCapture(Map<String, String> v, Session session) {
        Contact saved = session.useCases().captureContact().capture(new CaptureContactUseCase.Command(
                v.get("name"), v.get("company"), v.get("role"), Optional.empty(), Targets.tags(v.get("offers")),
                Optional.empty()));
        Undo.captured(session, saved);
        return Step.stay(capture()).say(English.sentence("Saved " + saved.name()) + " Next person, or Esc when done.");
    }

    static FormView edit(Contact contact, Session session) {
        List<Field> fields = List.of(
                Field.text("name", "Name", contact.name(), v -> Contact.capture(PROBE, v)),
                Field.text("company", "Company", contact.company(), v -> Contact.capture(PROBE, "x").edit().company(v).build()),
                Field.text("role", "Role", contact.role(), v -> Contact.capture(PROBE, "x").edit().role(v).build()),
                Field.text("emails", "Emails", String.join(", ", contact.reach().emails()), v -> reach(v, "", ""), "email"),
                Field.text("phones", "Phones", String.join(", ", contact.reach().phones()), v -> reach("", v, ""), "phone"),
                Field.text("urls", "Links", String.join(", ", contact.reach().urls()), v -> reach("", "", v), "url"),
                Field.text("place", "Where you met", contact.origin().place(),
                        v -> new Origin(Optional.empty(), v, Optional.empty(), Optional.empty()), "origin"),
                Field.text("offers", "Can offer", Targets.typedText(contact.offers()), Targets::tags, "tag", "offers"),
                Field.text("lookingFor", "Looking for", Targets.typedText(contact.lookingFor()), Targets::tags, "looking for"),
                Field.choice("rapport", "Rapport", List.of("0", "1", "2", "3", "4", "5"),
                        Integer.toString(contact.rapport().score())),
                Field.choice("stage", "Stage", STAGES, contact.isClosed() ? Stage.CLOSED_KINDLY.label()
                        : contact.stage().label()),
                Field.date("followUp", "Follow up on", contact.nextFollowUp()),
                Field.text("notes", "Notes", contact.notes(), null),
                // Last, so the fields before it keep their places (and their keys) from before cadences.
                Field.text("keepInTouch", "Keep in touch", TouchForms.ownText(contact, session), TouchForms::check,
                        "keep in touch"));
        FormView.Saver save = (v, s) -> {
                    Contact base = stageChosen(contact, v.get("stage"));
                    Origin origin = contact.origin();
                    Contact edited = base.edit().name(v.get("name")).company(v.get("company")).role(v.get("role"))
                            .reach(reach(v.get("emails"), v.get("phones"), v.get("urls")))
                            .origin(new Origin(origin.event(), v.get("place"), origin.on(), origin.introducedBy()))
                            .offers(Targets.tags(v.get("offers"))).lookingFor(Targets.tags(v.get("lookingFor")))
                            .rapport(Rapport.of(Integer.parseInt(v.get("rapport"))))
                            .nextFollowUp(date(v.get("followUp"), s)).notes(v.get("notes")).build();
                    s.useCases().editContact().editContact(contact, edited);
                    Undo.contact(s, "edit of " + contact.name(), contact, edited,
                            TouchForms.change(edited, TouchForms.own(v.get("keepInTouch")), s).stream().toList());
                    return Step.back().say(English.sentence("Saved " + edited.name()));
                };
        return FormView.of("Edit contact", "Rapport: 1 no connection … 5 hit it off, 0 not rated. Dates like fri, +3d, dec 12.",
                fields, new ReloadingSaver(contact.name(), ReloadingSaver.valuesOf(fields), save,
                        s -> stored(contact.id(), s).map(c -> edit(c, s)))).about(Drafted.about(Drafted.CONTACT_EDIT, contact));
    }

    /** The contact as stored now, through the same use case the detail screen reads with; empty when deleted. */
    private static Optional<Contact> stored(ContactId id, dev.needle.adapter.tui.core.Session session) {
        try {
            return Optional.of(session.useCases().viewContact().contact(id));
        } catch (dev.needle.application.NotFoundException gone) {
            return Optional.empty();
        }
    }

    /** Every stage is shown; choosing "closed kindly" is refused here, since closing needs the message sent. */
    private static final List<String> STAGES = java.util.Arrays.stream(Stage.values())
            .map(Stage::label).toList();

    private static Contact stageChosen(Contact contact, String label) {
        Stage stage = java.util.Arrays.stream(Stage.values()).filter(s -> s.label().equals(label)).findFirst()
                .orElse(contact.stage());
        if (stage == contact.stage()) {
            return contact;
        }
        if (stage == Stage.CLOSED_KINDLY) {
            throw new dev.needle.domain.InvalidValueException("stage",
                    "Close kindly from triage (t, then x), so the message you sent is kept.");
        }
        return contact.moveTo(stage);
    }

    private static Reach reach(String emails, String phones, String urls) {
        return new Reach(split(emails), split(phones), split(urls));
    }

    private static List<String> split(String text) {
        return List.of(text.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The day a date field's text means as of the clock's today ("fri", "+3d", "dec 12", ISO). */
    static Optional<LocalDate> date(String text, Session session) {
        return DateInput.parse(text, session.useCases().week().today().date());
    }
}
