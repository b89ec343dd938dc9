package dev.needle.domain.triage;

import dev.needle.domain.Tag;
import java.util.List;
import java.util.Optional;

/**
 * One thing you can give someone: what they look for, and either your own offer that answers it or
 * the people you know whom you would introduce them to.
 */
public record Gift(Tag wanted, Optional<Tag> yourOffer, List<String> introduce) {
    public Gift {
        introduce = List.copyOf(introduce);
    }

    public boolean isIntroduction() {
        return yourOffer.isEmpty();
    }
}
