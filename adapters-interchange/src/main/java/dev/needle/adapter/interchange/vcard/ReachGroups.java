package dev.needle.adapter.interchange.vcard;

import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The groups kept among {@code foreign}, taken out of it. */
    static ReachGroups takenFrom(List<VCardProperty> foreign) {
        ReachGroups found = new ReachGroups();
        foreign.removeIf(property -> {
            if (!(property instanceof RawProperty raw && PROPERTY.equalsIgnoreCase(raw.getPropertyName()))) {
                return false;
            }
            if (raw.getGroup() != null && raw.getValue() != null) {
                found.groups.putIfAbsent(raw.getValue(), raw.getGroup());
            }
            return true;
        });
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
