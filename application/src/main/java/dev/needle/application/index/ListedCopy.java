package dev.needle.application.index;

import dev.needle.domain.Contact;
import dev.needle.domain.Nicknames;
import dev.needle.domain.PersonName;
import dev.needle.domain.Reach;
import dev.needle.domain.ReachLabels;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the index keeps of a contact: what lists, searches and the screens that ask for everyone show
 * (name, company, role, emails, tags, stage, follow-up, how met, rapport, closure), without the notes,
 * UID, phones (but the first of someone with no email), URLs and address-book details that only an opened contact shows; its search text is
 * folded from the whole contact first. A listed copy carries {@link #UID} instead of the contact's own,
 * so {@link IndexedContactStore} can refuse to save one rather than store a contact without its details.
 */
final class ListedCopy {
    /** Never a UID Needle or an address book gives: it marks a copy that lacks the contact's details. */
    static final String UID = "needle:listed-copy-without-details";

    private ListedCopy() {
    }

    static Contact of(Contact whole) {
        if (isListed(whole) && whole.notes().isEmpty() && whole.foreignFields().isEmpty()) {
            return whole;
        }
        return copy(whole, "", List.of());
    }

    /**
     * What the read of everyone hands the index of a contact: its listed copy plus the notes and the
     * nickname lines its search text is folded from, so the text is the whole contact's. The other
     * foreign fields (a photo of several kilobytes on one card in twelve) are left behind page by page
     * instead of all being held until the index is built. Marked as listed, so it is never saved either.
     * Its company and role are what {@code oneCopy} gives for them: the same text held once for colleagues.
     */
    static Contact searchable(Contact whole, UnaryOperator<String> oneCopy) {
        return copy(whole, whole.notes(), Nicknames.lines(whole.foreignFields()), oneCopy);
    }

    private static Contact copy(Contact whole, String notes, List<String> foreignFields) {
        return copy(whole, notes, foreignFields, UnaryOperator.identity());
    }

    private static Contact copy(Contact whole, String notes, List<String> foreignFields,
                                UnaryOperator<String> oneCopy) {
        Reach reach = whole.reach().phones().isEmpty() && whole.reach().urls().isEmpty() ? whole.reach()
                : new Reach(whole.reach().emails(), firstPhoneWithoutEmail(whole.reach()), List.of());
        return new Contact(whole.id(), whole.name(), oneCopy.apply(whole.company()), oneCopy.apply(whole.role()),
                reach, whole.origin(), whole.offers(), whole.lookingFor(), whole.rapport(), whole.stage(),
                whole.nextFollowUp(), notes, whole.closure(), whole.version(), foreignFields, UID, PersonName.EMPTY, List.of(), ReachLabels.NONE);
    }

    /**
     * Someone with no email keeps their first phone: it is what tells a company's cards apart in a list
     * (Google's "Acme GmbH" with only a number), and few contacts have a phone and no email.
     */
    private static List<String> firstPhoneWithoutEmail(Reach reach) {
        return reach.emails().isEmpty() && !reach.phones().isEmpty() ? List.of(reach.phones().get(0)) : List.of();
    }

    static boolean isListed(Contact contact) {
        return UID.equals(contact.uid());
    }
}
