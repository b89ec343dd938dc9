package dev.needle.application.port.out;

import dev.needle.domain.OwnLimits;
import java.util.List;

/**
 * What each teammate set for themselves (offers, weekly hours). A person with no entry has set
 * nothing, and takes what {@link dev.needle.domain.PersonalLimits} gives someone in their place.
 */
public interface PersonalLimitsStore {
    /** Everyone's own limits, one entry a person, ordered by teammate id. */
    List<OwnLimits> findAll();

    /** Replaces {@code limits.person()}'s entry; limits with nothing set remove it. */
    void save(OwnLimits limits);
}
