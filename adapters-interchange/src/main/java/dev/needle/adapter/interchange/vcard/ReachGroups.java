package dev.needle.adapter.interchange.vcard;

import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The groups address books give an email, phone or web address ({@code item1.EMAIL}): Apple and Android
 * name a custom label by a property of the same group ({@code item1.X-ABLabel:Uni}). The address goes
 * into Needle's own field and its group into a foreign field of its own ({@code item1.X-NEEDLE-GROUP:EMAIL:ada@uni.example}),
 * never written out: writing the card, the address takes its group back, so the label stays with it.
 * Once the address is no longer the contact's, its group is forgotten.
 */
final class ReachGroups {
    static final String PROPERTY = "X-NEEDLE-GROUP";
    private final Map<String, String> groups = new HashMap<>();
    /** Groups of an address another group already has (a second card labelled the same number otherwise). */
    private final Set<String> superseded = new HashSet<>();

    private ReachGroups() {
    }

    /** The foreign field that keeps the group of {@code used}, an address Needle took into its own field; none without a group. */
    static VCardProperty keeping(VCardProperty used, String address) {
        String key = key(used, address);
        if (used.getGroup() == null || used.getGroup().isBlank() || key == null) {
            return null;
        }
        RawProperty kept = new RawProperty(PROPERTY, key);
        kept.setGroup(used.getGroup());
        return kept;
    }

    /**
     * The groups kept among {@code foreign}, taken out of it. An address in two groups keeps the first,
     * as a contact keeps the values it had; the other group's lines (its label) go too, as they would
     * otherwise label nothing.
     */
    static ReachGroups takenFrom(List<VCardProperty> foreign) {
        ReachGroups found = new ReachGroups();
        foreign.removeIf(property -> {
            if (!(property instanceof RawProperty raw && PROPERTY.equalsIgnoreCase(raw.getPropertyName()))) {
                return false;
            }
            if (raw.getGroup() != null && raw.getValue() != null) {
                String first = found.groups.putIfAbsent(raw.getValue(), raw.getGroup());
                if (first != null && !first.equalsIgnoreCase(raw.getGroup())) {
                    found.superseded.add(raw.getGroup().toLowerCase(Locale.ROOT));
                }
            }
            return true;
        });
        if (!found.superseded.isEmpty()) {
            foreign.removeIf(property -> property.getGroup() != null
                    && found.superseded.contains(property.getGroup().toLowerCase(Locale.ROOT)));
        }
        return found;
    }

    /** Gives {@code written} the group its address had, if one was kept. */
    void restore(VCardProperty written, String address) {
        String group = groups.get(key(written, address));
        if (group != null) {
            written.setGroup(group);
        }
    }

    private static String key(VCardProperty property, String address) {
        String kind = property instanceof Email ? "EMAIL" : property instanceof Telephone ? "TEL"
                : property instanceof Url ? "URL" : null;
        return kind == null || address == null ? null : kind + ":" + address.strip();
    }
}
