package dev.needle.domain.triage;

import dev.needle.domain.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One thing you can give someone: what they look for, and either your own offer that answers it or
 * the people you know whom you would introduce them to; {@code names} are the words their tags and
 * yours write as names, which keep their capital in a sentence ("Porto startups").
 */
public record Gift(Tag wanted, Optional<Tag> yourOffer, List<String> introduce, Set<String> names) {
    public Gift {
        introduce = List.copyOf(introduce);
        names = Set.copyOf(names);
    }

    public Gift(Tag wanted, Optional<Tag> yourOffer, List<String> introduce) {
        this(wanted, yourOffer, introduce, Set.of());
    }

    public boolean isIntroduction() {
        return yourOffer.isEmpty();
    }
}
