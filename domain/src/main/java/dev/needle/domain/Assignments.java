package dev.needle.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every assignment a database holds, looked up by duty and record. */
public final class Assignments {
    public static final Assignments NONE = new Assignments(List.of());

    private final Map<Assignment.Duty, Map<Long, TeammateId>> byDuty = new EnumMap<>(Assignment.Duty.class);
    private final int size;

    public Assignments(Collection<Assignment> all) {
        for (Assignment a : all) {
            byDuty.computeIfAbsent(a.duty(), d -> new HashMap<>()).put(a.record(), a.teammate());
        }
        this.size = all.size();
    }

    /** Who the record is given to, when anybody is. */
    public Optional<TeammateId> find(Assignment.Duty duty, long record) {
        return Optional.ofNullable(byDuty.getOrDefault(duty, Map.of()).get(record));
    }

    public int size() {
        return size;
    }
}
