package dev.needle.adapter.interchange.vcard;

import ezvcard.property.Telephone;
import ezvcard.util.TelUri;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as Needle keeps it, with an extension written the way people write it
 * ("+1-418-656-9254 ext. 102"), and back to a vCard 4.0 {@code tel:} URI that carries the extension.
 */
final class PhoneText {
    static final String EXTENSION = " ext. ";
    /** A global number (vCard 4.0 tel: URIs need one) and its extension. */
    private static final Pattern WITH_EXTENSION = Pattern.compile("(\\+[0-9][0-9().\\- ]*[0-9)]) ext\\. ([0-9]+)");

    private PhoneText() {
    }

    /** As a tel: URI when it has an extension and the version has URIs; as text otherwise. */
    static Telephone telephone(String phone, boolean uris) {
        Matcher m = WITH_EXTENSION.matcher(phone);
        if (uris && m.matches()) {
            String number = m.group(1).replaceAll("[ ()]", "-").replaceAll("-+", "-");
            return new Telephone(new TelUri.Builder(number).extension(m.group(2)).build());
        }
        return new Telephone(phone);
    }
}
