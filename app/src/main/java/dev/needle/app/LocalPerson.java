package dev.needle.app;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.util.Locale;
import java.util.Optional;

/**
 * Who acts in a session on this machine: the name given ({@code --me}, {@code NEEDLE_ME}, {@code me:} in
 * config.yaml), else the teammate named like the system account, else, on a database nobody has opened
 * since teams came (a single person's), its founder joined under the account's name without a question.
 * A database that has people, none of them this account, needs the person to say who they are: the full
 * screen asks ({@link #undecided}, {@link #choose}); a command without that answer stops with a message
 * saying how to set it. Decided on first use, so a command that only reads never writes.
 */
final class LocalPerson implements ActingPerson {
    static final String HOW_TO_CHOOSE = "add `me: YOUR NAME` to config.yaml, or give --me NAME";

    private final TeamStore team;
    private final IdSource ids;
    private final ClockPort clock;
    private final String account;
    private volatile Optional<String> given;
    private volatile Teammate person;

    LocalPerson(TeamStore team, IdSource ids, ClockPort clock, Optional<String> given, String account) {
        this.team = team;
        this.ids = ids;
        this.clock = clock;
        this.given = given;
        this.account = account;
    }

    @Override
    public Teammate person() {
        Teammate known = person;
        if (known == null) {
            synchronized (this) {
                if (person == null) {
                    person = decide().orElseThrow(() -> new NeedleFailure(NeedleCommand.USAGE,
                            "this database is shared by " + names(team.team()) + ", and Needle does not know which of "
                                    + "them you are: " + HOW_TO_CHOOSE));
                }
                known = person;
            }
        }
        return known;
    }

    /** Who this is when that needs no writing: the person decided, or the teammate named as given or as the account. */
    @Override
    public synchronized Optional<Teammate> known() {
        if (person != null) {
            return Optional.of(person);
        }
        Team now = team.team();
        return now.named(given.orElse(displayName(account)));
    }

    /** The team, when nothing says who this person is and someone has to ask; empty when it is settled. */
    synchronized Optional<Team> undecided() {
        if (person != null || given.isPresent()) {
            return Optional.empty();
        }
        Team now = team.team();
        boolean known = now.isEmpty() || now.named(displayName(account)).isPresent();
        return known ? Optional.empty() : Optional.of(now);
    }

    /** The answer to "who are you?": that teammate, or a new one joining under {@code name}. */
    synchronized Teammate choose(String name) {
        given = Optional.of(name.strip());
        person = null;
        return person();
    }

    private Optional<Teammate> decide() {
        if (given.isPresent()) {
            return Optional.of(join(given.get()));
        }
        Team now = team.team();
        String accountName = displayName(account);
        if (now.isEmpty()) {
            return Optional.of(join(accountName));
        }
        return now.named(accountName);
    }

    /** Found without writing when already on the team: joining moves the change counter every session watches. */
    private Teammate join(String name) {
        return team.team().named(name)
                .orElseGet(() -> team.join(new Teammate(new TeammateId(ids.next()), name.strip(), clock.today())));
    }

    /** Who acts for a run with nothing given: the teammate named like the system account. */
    static LocalPerson ofAccount(StorePorts stores, ClockPort clock) {
        return new LocalPerson(stores.team(), stores.ids(), clock, Optional.empty(),
                System.getProperty("user.name", "me"));
    }

    /** "alice" becomes "Alice"; an empty or odd account name becomes "Me". */
    static String displayName(String account) {
        String name = account == null ? "" : account.strip();
        if (name.isEmpty() || name.codePoints().anyMatch(Character::isISOControl)
                || name.length() > Teammate.MAX_NAME) {
            return "Me";
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** "Alice", "Alice and Bob", "Alice, Bob and Carla". */
    static String names(Team team) {
        var names = team.members().stream().map(Teammate::name).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "nobody yet" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
