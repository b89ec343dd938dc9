package dev.needle.adapter.interchange.vcard;

import ezvcard.property.Telephone;
import ezvcard.util.TelUri;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as Needle keeps it, with an extension written the way people write it
 * ("+1-418-656-9254 ext. 102"), and back to a vCard 4.0 {@code tel:} URI that carries the extension.
 * A 4.0 card also writes a global number as a URI, as RFC 6350 (6.4.1) recommends, when the URI holds
 * it exactly as typed; one written with spaces or brackets stays text (4.0's default for TEL), since
 * its URI would come back to the user's address book with dashes where they wrote spaces.
 */
final class PhoneText {
    static final String EXTENSION = " ext. ";
    /** A global number (vCard 4.0 tel: URIs need one) and its extension. */
    private static final Pattern WITH_EXTENSION = Pattern.compile("(\\+[0-9][0-9().\\- ]*[0-9)]) ext\\. ([0-9]+)");
    /** A global number a tel: URI carries unchanged: digits, with dashes only between them. */
    private static final Pattern URI_AS_TYPED = Pattern.compile("\\+[0-9]+(-[0-9]+)*");

    private PhoneText() {
    }

    /** As a tel: URI when the version has URIs and the number has an extension or a URI holds it as typed; as text otherwise. */
    static Telephone telephone(String phone, boolean uris) {
        if (uris && URI_AS_TYPED.matcher(phone).matches()) {
            return new Telephone(new TelUri.Builder(phone).build());
        }
        Matcher m = WITH_EXTENSION.matcher(phone);
        if (uris && m.matches()) {
            String number = m.group(1).replaceAll("[ ()]", "-").replaceAll("-+", "-");
            return new Telephone(new TelUri.Builder(number).extension(m.group(2)).build());
        }
        return new Telephone(phone);
    }
}
