package dev.needle.application.port.out;

import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import java.util.List;
import java.util.Optional;

/** Stores needs, with the same versioned save as {@link ContactStore#save}. */
public interface NeedStore {
    Optional<Need> find(NeedId id);

    /** Every need, ordered by priority, then id. */
    List<Need> findAll();

    Need save(Need need);

    boolean delete(NeedId id);
}
