package dev.needle.application.service;

import dev.needle.application.limits.TeamLimits;
import dev.needle.application.port.in.MyOffersUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.domain.Tag;
import java.util.Set;

/** Reads and sets the acting person's offers. */
public final class MyOffersService implements MyOffersUseCase {
    private final TeamLimits limits;
    private final ActingPerson acting;

    public MyOffersService(TeamLimits limits, ActingPerson acting) {
        this.limits = limits;
        this.acting = acting;
    }

    @Override
    public Set<Tag> myOffers() {
        return limits.offersOf(acting.person());
    }

    @Override
    public Set<Tag> setMyOffers(Set<Tag> offers) {
        limits.setOffers(acting.person(), offers);
        return myOffers();
    }
}
