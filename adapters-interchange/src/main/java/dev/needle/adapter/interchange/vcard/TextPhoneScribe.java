package dev.needle.adapter.interchange.vcard;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import ezvcard.VCardDataType;
import ezvcard.io.ParseContext;
import ezvcard.io.scribe.TelephoneScribe;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Telephone;

/**
 * Reads a phone written as text without trying it as a {@code tel:} URI first. ez-vcard tries every
 * phone as a URI and, for the usual "+49 30 1234567", builds and throws an exception with a formatted
 * message before keeping the text: a tenth of the time spent reading a large vCard file
 * (docs/performance.md). The result is the same phone either way.
 */
final class TextPhoneScribe extends TelephoneScribe {
    @Override
    protected Telephone _parseText(String value, VCardDataType dataType, VCardParameters parameters, ParseContext context) {
        String text = VObjectPropertyValues.unescape(value);
        if (dataType != VCardDataType.URI && !text.regionMatches(true, 0, "tel:", 0, 4)) {
            return new Telephone(text);
        }
        return super._parseText(value, dataType, parameters, context);
    }
}
