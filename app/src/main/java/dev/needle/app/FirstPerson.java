package dev.needle.app;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.util.Locale;

/**
 * The acting person of a database used alone: whoever founded its team, or, on a database nobody has
 * opened since teams came, a teammate named after the system account, joined on first use (so a
 * read-only command never writes). Issue 20's identity work chooses among several people.
 */
final class FirstPerson implements ActingPerson {
    private final TeamStore team;
    private final IdSource ids;
    private final ClockPort clock;
    private final String accountName;
    private volatile Teammate person;

    FirstPerson(TeamStore team, IdSource ids, ClockPort clock, String accountName) {
        this.team = team;
        this.ids = ids;
        this.clock = clock;
        this.accountName = accountName;
    }

    static FirstPerson of(StorePorts stores, ClockPort clock) {
        return new FirstPerson(stores.team(), stores.ids(), clock, System.getProperty("user.name", "me"));
    }

    @Override
    public Teammate person() {
        Teammate known = person;
        if (known == null) {
            synchronized (this) {
                if (person == null) {
                    // The teammate named after the account, joined if new, so two accounts on one database
                    // are two people (the authors branch's stand-in until identity's config.yaml me: lands).
                    person = team.team().named(displayName(accountName)).orElseGet(() -> team.join(
                            new Teammate(new TeammateId(ids.next()), displayName(accountName), clock.today())));
                }
                known = person;
            }
        }
        return known;
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
}
