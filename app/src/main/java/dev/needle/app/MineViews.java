package dev.needle.app;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Whose;
import java.util.Map;
import java.util.Optional;

/** Who owns a contact and who does their follow-up, by name, in the JSON of the listing commands. */
final class MineViews {
    private MineViews() {
    }

    static Map<String, Object> contact(Contact c, Whose whose) {
        Map<String, Object> view = withOwner(Views.contact(c), c.id(), whose);
        view.put("follow_up_by", whose.followUp(c.id()).name());
        return view;
    }

    /** As above; without a known "me" (nobody has joined the team yet) both names are null. */
    static Map<String, Object> contact(Contact c, Optional<Whose> whose) {
        if (whose.isPresent()) {
            return contact(c, whose.get());
        }
        Map<String, Object> view = Views.contact(c);
        view.put("owner", null);
        view.put("follow_up_by", null);
        return view;
    }

    static Map<String, Object> withOwner(Map<String, Object> view, ContactId id, Optional<Whose> whose) {
        if (whose.isPresent()) {
            return withOwner(view, id, whose.get());
        }
        view.put("owner", null);
        return view;
    }

    static Map<String, Object> withOwner(Map<String, Object> view, ContactId id, Whose whose) {
        view.put("owner", whose.owner(id).name());
        return view;
    }
}
