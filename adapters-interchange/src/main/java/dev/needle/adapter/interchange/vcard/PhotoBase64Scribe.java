package dev.needle.adapter.interchange.vcard;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import ezvcard.VCardDataType;
import ezvcard.VCardVersion;
import ezvcard.io.ParseContext;
import ezvcard.io.scribe.PhotoScribe;
import ezvcard.io.text.WriteContext;
import ezvcard.parameter.Encoding;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Photo;
import ezvcard.util.DataUri;
import java.util.Base64;

/**
 * Embedded photos decoded and encoded with the JDK's base64 codec instead of the slower one ez-vcard
 * carries: photos are half the bytes of a typical address book, and their base64 was a tenth of
 * reading one (docs/performance.md). The same bytes and the same text either way: a value the JDK's
 * strict decoder refuses (line breaks, stray characters) goes to ez-vcard's lenient one as before.
 */
final class PhotoBase64Scribe extends PhotoScribe {
    private static final byte[] NO_BYTES = new byte[0];
    private static final String DATA = "data:";
    private static final String BASE64 = ";base64,";

    @Override
    protected Photo _parseText(String value, VCardDataType dataType, VCardParameters parameters, ParseContext context) {
        // Unescaping walks the whole value; one without a backslash (a photo's base64 never has one) is
        // the same unescaped.
        String unescaped = value.indexOf('\\') < 0 ? value : VObjectPropertyValues.unescape(value);
        return parse(unescaped, dataType, parameters, context.getVersion());
    }

    @Override
    protected Photo parse(String value, VCardDataType dataType, VCardParameters parameters, VCardVersion version) {
        byte[] data = null;
        ImageType contentType = null;
        if ((version == VCardVersion.V2_1 || version == VCardVersion.V3_0)
                && dataType != VCardDataType.URL && dataType != VCardDataType.URI) {
            Encoding encoding = parameters.getEncoding();
            if (encoding == Encoding.BASE64 || encoding == Encoding.B) {
                data = decoded(value);
                contentType = data == null ? null : parseContentTypeFromValueAndParameters(value, parameters, version);
            }
        } else if (version == VCardVersion.V4_0) {
            int comma = value.indexOf(',');
            int semicolon = value.indexOf(';');
            // Only the plain form "data:TYPE;base64,DATA"; a charset or any other token goes the long way.
            if (comma > 0 && semicolon > DATA.length() - 1 && value.indexOf(';', semicolon + 1) < 0
                    && value.regionMatches(true, 0, DATA, 0, DATA.length())
                    && value.regionMatches(true, semicolon, BASE64, 0, BASE64.length())
                    && semicolon + BASE64.length() - 1 == comma) {
                data = decoded(value.substring(comma + 1));
                // As ez-vcard's data URI has it: the type in lower case.
                String type = new DataUri(value.substring(DATA.length(), semicolon).toLowerCase(), NO_BYTES).getContentType();
                contentType = data == null ? null : _mediaTypeFromMediaTypeParameter(type);
            }
        }
        if (data != null) {
            return _newInstance(data, contentType);
        }
        return super.parse(value, dataType, parameters, version);
    }

    @Override
    protected String _writeText(Photo property, WriteContext context) {
        if (context.getVersion() == VCardVersion.V4_0 && property.getUrl() == null && property.getData() != null) {
            ImageType contentType = property.getContentType();
            String mediaType = contentType == null || contentType.getMediaType() == null
                    ? "application/octet-stream" : contentType.getMediaType();
            return DATA + new DataUri(mediaType, NO_BYTES).getContentType() + BASE64
                    + Base64.getEncoder().encodeToString(property.getData());
        }
        return super._writeText(property, context);
    }

    /** The bytes, or null when the JDK's strict decoder refuses the text. */
    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notStrict) {
            return null;
        }
    }
}
