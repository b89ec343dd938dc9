package dev.needle.application.port.in;

import dev.needle.domain.Tag;
import java.util.Set;

/** What I can offer others: each teammate's own, beside the team's shared direction. */
public interface MyOffersUseCase {
    Set<Tag> myOffers();

    /** Replaces what I can offer; returns it as stored. */
    Set<Tag> setMyOffers(Set<Tag> offers);
}
