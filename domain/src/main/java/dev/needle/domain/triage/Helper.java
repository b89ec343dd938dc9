package dev.needle.domain.triage;

import dev.needle.domain.Contact;
import java.util.List;

/** A contact who can help with a need, with a 0–100+ score and the reasons behind it. */
public record Helper(Contact contact, int score, List<String> reasons) {
    public Helper {
        reasons = List.copyOf(reasons);
    }
}
