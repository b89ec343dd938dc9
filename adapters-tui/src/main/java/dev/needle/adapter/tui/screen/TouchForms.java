package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.KeepInTouchUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.util.List;
import java.util.Optional;

/**
 * The keep-in-touch forms: one person's cadence, and a tag's default (from the palette). A cadence is
 * typed as people say it: 6w, every 6 weeks, monthly, none; empty leaves a person to their tags.
 */
final class TouchForms {
    static final String HINT = "6w, every 6 weeks, monthly, none";

    private TouchForms() {
    }

    /** The text a cadence field starts with: the person's own cadence in words, empty when their tags decide. */
    static String ownText(Contact contact, Session session) {
        return TouchKeys.settings(contact.id(), session).own().map(Cadence::label).orElse("");
    }

    /** What a cadence field's text means for a person: empty for "follow the tags". */
    static Optional<Cadence> own(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(Cadence.parse(text));
    }

    /** Checks a cadence field as it is typed. */
    static void check(String text) {
        own(text);
    }

    static FormView person(Contact contact, Session session) {
        return FormView.of("Keep in touch with " + contact.name(), HINT + "; empty follows their tags' default.",
                List.of(Field.text("every", "Keep in touch", ownText(contact, session), TouchForms::check, "keep in touch")),
                (v, s) -> {
                    Step said = Step.back().say(set(contact, own(v.get("every")), s));
                    return said;
                }).savingOnEnter().about(Drafted.about(Drafted.TOUCH_PERSON, contact));
    }

    /**
     * Sets a person's own cadence when it changed, as one undo step, and says what now applies; used by
     * this form and the contact form.
     */
    static String set(Contact contact, Optional<Cadence> own, Session session) {
        KeepInTouchUseCase touch = session.useCases().week().touch().keepInTouch();
        KeepInTouch before = touch.status(contact.id()).settings();
        if (before.own().equals(own)) {
            return "Keep in touch with " + contact.name() + ": unchanged.";
        }
        KeepInTouch after = touch.setCadence(contact.id(), own);
        TouchKeys.record(session, "cadence of " + contact.name(), contact.name(), before, after);
        return "Keep in touch with " + contact.name() + " " + own.map(Cadence::label)
                .map(l -> l.equals("never") ? "— never reminded" : l).orElse("as their tags say") + ".";
    }

    /** The change of a person's cadence as an undo record, for a form that saves more than the cadence. */
    static Optional<RecordChange> change(Contact contact, Optional<Cadence> own, Session session) {
        KeepInTouchUseCase touch = session.useCases().week().touch().keepInTouch();
        KeepInTouch before = touch.status(contact.id()).settings();
        if (before.own().equals(own)) {
            return Optional.empty();
        }
        KeepInTouch after = touch.setCadence(contact.id(), own);
        return Optional.of(new RecordChange.KeepInTouchSet(contact.name(), before, after));
    }

    /** The palette's form for a tag's default cadence. */
    static FormView tag() {
        return FormView.of("Keep in touch by tag", "For everyone with the tag, unless they have their own; "
                        + "none removes it.",
                List.of(Field.text("tag", "Tag", "", v -> Tag.of(v), "tag"),
                        Field.text("every", "Keep in touch", "", TouchForms::check, "keep in touch")),
                (v, s) -> {
                    Tag tag = Tag.of(v.get("tag"));
                    KeepInTouchUseCase touch = s.useCases().week().touch().keepInTouch();
                    Optional<TagCadence> before = touch.tagDefaults().stream().filter(t -> t.tag().sameAs(tag)).findFirst();
                    Optional<TagCadence> after = touch.setTagDefault(tag, own(v.get("every")));
                    s.undo().record("cadence of tag " + tag.value(), List.of(new RecordChange.TagCadenceSet(tag, before, after)));
                    return Step.back().say(after.map(a -> "Everyone tagged " + tag.value() + ": keep in touch "
                            + a.cadence().label() + ".").orElse("No default cadence for " + tag.value() + " any more."));
                }).about(Drafted.about(Drafted.TOUCH_TAG));
    }

    /** The palette's form for one person, found by name. */
    static FormView byName() {
        return FormView.of("Keep in touch", "Who (part of the name) and how often: " + HINT + ".",
                List.of(Field.text("who", "Who", "", null), Field.text("every", "Keep in touch", "", TouchForms::check,
                        "keep in touch")),
                (v, s) -> {
                    List<Contact> found = s.useCases().searchContacts().search(v.get("who"), 2);
                    if (found.size() != 1) {
                        throw new InvalidValueException("who", found.isEmpty() ? "Nobody matches \"" + v.get("who") + "\"."
                                : "\"" + v.get("who") + "\" matches several people; type more of the name.");
                    }
                    return Step.back().say(set(found.get(0), own(v.get("every")), s));
                }).about(Drafted.about(Drafted.TOUCH_BY_NAME));
    }
}
