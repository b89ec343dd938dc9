package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.application.port.in.RecordAuthorsUseCase.Authors;
import dev.needle.application.port.in.ViewContactUseCase.ContactDetail;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.RecordKind;
import dev.needle.domain.Teammate;
import dev.needle.domain.Whose;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a contact's page says on a database a team shares (issue 20): whose the contact is and who
 * follows up ("Alice's contact; you follow up."), who added and changed it, and on each interaction
 * who met them. A person alone did everything, so nothing of this is shown to them.
 *
 * @param whose   "Alice's contact; you follow up.", empty when the database is one person's
 * @param authors "Added by Alice on 3 Mar · changed by Bob at 10:42", likewise
 * @param metBy   who logged each interaction, by its id; likewise
 */
record ContactTeamLines(String whose, String authors, Map<Long, String> metBy) {
    static final ContactTeamLines NONE = new ContactTeamLines("", "", Map.of());

    ContactTeamLines {
        metBy = Map.copyOf(metBy);
    }

    static ContactTeamLines of(Session session, ContactDetail detail) {
        ContactId id = detail.contact().id();
        Authors authors = session.useCases().authors().of(RecordKind.CONTACT, id.value());
        if (authors.line().isEmpty()) {
            return NONE;
        }
        // Only a reading of whose is what: the page must not join anyone to the team.
        String whose = session.useCases().mine().assign().whoseIfKnown().filter(Whose::shared).map(w -> whose(w, id))
                .orElse("");
        List<Long> interactions = detail.interactions().stream().map(i -> i.id().value()).toList();
        Map<Long, String> metBy = new HashMap<>();
        session.useCases().authors().of(RecordKind.INTERACTION, interactions)
                .forEach((interaction, marks) -> marks.addedBy().ifPresent(name -> metBy.put(interaction, name)));
        return new ContactTeamLines(whose, authors.line().get(), metBy);
    }

    /** "Your contact.", "Alice's contact; you follow up.", "Bob's contact; Alice follows up." */
    static String whose(Whose whose, ContactId id) {
        Teammate owner = whose.owner(id);
        Teammate followUp = whose.followUp(id);
        String contact = whose.isMe(owner) ? "Your contact" : owner.name() + "'s contact";
        if (followUp.id().equals(owner.id())) {
            return contact + ".";
        }
        return contact + "; " + (whose.isMe(followUp) ? "you follow up." : followUp.name() + " follows up.");
    }

    /** "  · Bob" after an interaction's row: who met them. */
    String after(Interaction interaction) {
        return Optional.ofNullable(metBy.get(interaction.id().value())).map(name -> "  · " + name).orElse("");
    }
}
