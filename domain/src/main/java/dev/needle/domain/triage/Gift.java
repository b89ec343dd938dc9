package dev.needle.domain.triage;

import dev.needle.domain.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One thing you can give someone: what they look for, and either your own offer that answers it or
 * the people you know whom you would introduce them to; {@code names} are the words their tags and
 * yours write as names, which keep their capital in a sentence ("Porto startups"). {@code asked} is
 * true when the request's own words named it rather than their "looking for": a message then says
 * they asked about it, not that they mentioned looking for it.
 */
public record Gift(Tag wanted, Optional<Tag> yourOffer, List<String> introduce, Set<String> names, boolean asked) {
    public Gift {
        introduce = List.copyOf(introduce);
        names = Set.copyOf(names);
    }

    public Gift(Tag wanted, Optional<Tag> yourOffer, List<String> introduce, Set<String> names) {
        this(wanted, yourOffer, introduce, names, false);
    }

    public Gift(Tag wanted, Optional<Tag> yourOffer, List<String> introduce) {
        this(wanted, yourOffer, introduce, Set.of(), false);
    }

    public boolean isIntroduction() {
        return yourOffer.isEmpty();
    }
}
