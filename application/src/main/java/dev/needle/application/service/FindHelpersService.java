package dev.needle.application.service;

import dev.needle.application.port.in.FindHelpersUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.NeedId;
import dev.needle.domain.triage.Helper;
import dev.needle.domain.triage.HelperRanking;
import dev.needle.domain.triage.TriageSettings;
import java.util.List;

/** Ranks everyone you know by how well they can help with one need. */
public final class FindHelpersService implements FindHelpersUseCase {
    private final NeedStore needs;
    private final ContactStore contacts;
    private final HelperRanking ranking;

    public FindHelpersService(NeedStore needs, ContactStore contacts, TriageSettings settings) {
        this.needs = needs;
        this.contacts = contacts;
        this.ranking = new HelperRanking(settings);
    }

    @Override
    public List<Helper> helpersFor(NeedId id) {
        // The ranking reads company, role, offers, rapport and stage: what the index keeps in memory.
        return ranking.rank(Records.need(needs, id), contacts.findAllListed());
    }
}
