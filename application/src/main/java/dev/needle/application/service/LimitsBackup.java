package dev.needle.application.service;

import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.in.TeammateLimits;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.OwnLimits;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each teammate's own offers and weekly hours in the full backup, by name, read and written in the
 * same unit of work as every other record. The direction's offers and the budget's hours in the
 * backup are the founder's, so a backup from before teams restores them onto the founder.
 */
public final class LimitsBackup {
    private LimitsBackup() {
    }

    /** {@code records} must read the team's direction and budget themselves, not one person's view of them. */
    public static ExportBackupUseCase export(ExportBackupUseCase records, PersonalLimitsStore limits, TeamStore team,
                                             Transactions tx) {
        return sink -> tx.inTransaction(() -> {
            // Everyone, oldest first, even those who set nothing: restored in this order, the founder stays first.
            Map<TeammateId, OwnLimits> own = new HashMap<>();
            limits.findAll().forEach(l -> own.put(l.person(), l));
            List<TeammateLimits> people = new ArrayList<>();
            for (Teammate person : team.team().members()) {
                OwnLimits set = own.getOrDefault(person.id(), OwnLimits.none(person.id()));
                people.add(new TeammateLimits(person.name(), set.offers(), set.weeklyMinutes()));
            }
            return records.exportBackup(sink).withPeople(people);
        });
    }

    /** People the backup names join the team (by name) when they are not on it yet, then get their own limits. */
    public static RestoreBackupUseCase restore(RestoreBackupUseCase records, PersonalLimitsStore limits, TeamStore team,
                                               IdSource ids, ClockPort clock, Transactions tx) {
        return (backup, dryRun) -> tx.inTransaction(() -> {
            RestoreBackupUseCase.Report report = records.restore(backup, dryRun);
            if (!dryRun) {
                for (TeammateLimits person : backup.people()) {
                    Teammate joined = team.join(new Teammate(new TeammateId(ids.next()), person.name(), clock.today()));
                    limits.save(new OwnLimits(joined.id(), person.offers(), person.weeklyMinutes()));
                }
            }
            return report;
        });
    }
}
