package dev.needle.adapter.interchange.vcard;

import ezvcard.property.VCardProperty;
import java.util.List;

/**
 * What another format's reader has no field for, kept as Needle keeps a vCard's: one vCard 4.0
 * property line each, so an export or a sync to an address book writes it out again.
 */
public final class KeptAsVCard {
    private KeptAsVCard() {
    }

    public static List<String> of(List<VCardProperty> properties) {
        return ForeignFields.write(properties);
    }
}
