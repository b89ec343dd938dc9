package dev.needle.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels of a contact's phone numbers and email addresses, by the number or address as stored in
 * {@link Reach}. A label whose address is no longer in the reach is simply never asked for.
 */
public record ReachLabels(Map<String, ReachLabel> byAddress) implements Joinable<ReachLabels> {
    public static final ReachLabels NONE = new ReachLabels(Map.of());

    public ReachLabels {
        Map<String, ReachLabel> kept = new LinkedHashMap<>();
        Check.notNull("reach labels", byAddress).forEach((address, label) -> {
            if (address != null && !address.isBlank() && label != null && !label.isEmpty()) {
                kept.put(address.strip(), label);
            }
        });
        byAddress = java.util.Collections.unmodifiableMap(kept);
    }

    public ReachLabel of(String address) {
        return byAddress.getOrDefault(address, ReachLabel.NONE);
    }

    public boolean isEmpty() {
        return byAddress.isEmpty();
    }

    /** These labels, with {@code other}'s for addresses that have none here. */
    public ReachLabels plus(ReachLabels other) {
        Map<String, ReachLabel> all = new LinkedHashMap<>(other.byAddress);
        all.putAll(byAddress);
        return new ReachLabels(all);
    }

    @Override
    public ReachLabels joinedWith(ReachLabels other) {
        return plus(other);
    }
}
