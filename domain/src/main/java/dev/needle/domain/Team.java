package dev.needle.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The people sharing one database, oldest first. The first is the founder: the person the database
 * belonged to before it had a team, so a record that says nothing of who added, owns or decided it
 * is theirs.
 */
public record Team(List<Teammate> members) {
    public static final Team EMPTY = new Team(List.of());

    public Team {
        members = Check.list("team", members).stream().sorted(Comparator.comparing(Teammate::id)).toList();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** More than one person: only then do screens say who did what. */
    public boolean isShared() {
        return members.size() > 1;
    }

    /** The person who had the database first; empty only for a team nobody has joined yet. */
    public Optional<Teammate> founder() {
        return members.stream().findFirst();
    }

    /** The teammate with this name, ignoring case. */
    public Optional<Teammate> named(String name) {
        return members.stream().filter(member -> member.isNamed(name)).findFirst();
    }

    public Optional<Teammate> find(TeammateId id) {
        return members.stream().filter(member -> member.id().equals(id)).findFirst();
    }

    /** This team with {@code member} on it: a person acting before their first write has not joined yet. */
    public Team including(Teammate member) {
        if (find(member.id()).isPresent()) {
            return this;
        }
        List<Teammate> all = new ArrayList<>(members);
        all.add(member);
        return new Team(all);
    }

    /** Who a record's mark names; a record without a mark (older than the team) is the founder's. */
    public Optional<Teammate> whoIs(Optional<TeammateId> marked) {
        return marked.flatMap(this::find).or(this::founder);
    }
}
