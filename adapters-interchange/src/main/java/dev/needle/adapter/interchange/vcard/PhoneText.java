package dev.needle.adapter.interchange.vcard;

import ezvcard.property.Telephone;
import ezvcard.util.TelUri;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as Needle keeps it, with an extension written the way people write it
 * ("+1-418-656-9254 ext. 102"), and back to a vCard 4.0 {@code tel:} URI, as RFC 6350 (6.4.1)
 * recommends, that carries the extension.
 */
final class PhoneText {
    static final String EXTENSION = " ext. ";
    /**
     * A global number (a tel: URI without a phone-context needs one: RFC 3966 section 5.1.4) written
     * with digits, spaces, dashes, dots and brackets, and its extension if any.
     */
    private static final Pattern GLOBAL = Pattern.compile("(\\+[0-9][0-9().\\- ]*[0-9)])(?: ext\\. ([0-9]+))?");

    private PhoneText() {
    }

    /**
     * As a tel: URI when the version has URIs and the number is a global one; as text otherwise (a
     * local number's URI would need a context Needle does not know). A URI has no spaces: they and the
     * brackets become dashes, which RFC 3966 counts as visual separators only, like the spaces.
     */
    static Telephone telephone(String phone, boolean uris) {
        Matcher m = GLOBAL.matcher(phone);
        if (uris && m.matches()) {
            String number = m.group(1).replaceAll("[ ()]", "-").replaceAll("-+", "-").replace("+-", "+");
            if (number.endsWith("-")) {
                number = number.substring(0, number.length() - 1);
            }
            TelUri.Builder uri = new TelUri.Builder(number);
            if (m.group(2) != null) {
                uri.extension(m.group(2));
            }
            return new Telephone(uri.build());
        }
        return new Telephone(phone);
    }
}
