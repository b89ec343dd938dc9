package dev.needle.domain;

import java.util.Locale;

/**
 * What a kept vCard line says, whichever form carries its embedded data: vCard 3.0 writes a photo as
 * {@code PHOTO;ENCODING=b;TYPE=JPEG:DATA}, vCard 4.0 as {@code PHOTO;TYPE=JPEG:data:image/jpeg;base64,DATA}.
 * A backup restored from an older Needle holds the first, an export read back gives the second: the
 * same photo, which a merge must not keep twice.
 */
final class InlineData {
    private static final String DATA = "data:";
    private static final String BASE64 = ";base64,";

    private InlineData() {
    }

    /** The line with its embedded data's wrapping taken off (the encoding parameter, the data URI's head). */
    static String meaning(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return line;
        }
        String head = line.substring(0, colon);
        String value = line.substring(colon + 1);
        String upper = head.toUpperCase(Locale.ROOT);
        int encoding = upper.indexOf(";ENCODING=");
        if (encoding >= 0) {
            int end = upper.indexOf(';', encoding + 1);
            return head.substring(0, encoding) + (end < 0 ? "" : head.substring(end)) + ":" + value;
        }
        int comma = value.indexOf(',');
        if (comma > 0 && value.regionMatches(true, 0, DATA, 0, DATA.length())
                && value.regionMatches(true, comma - BASE64.length() + 1, BASE64, 0, BASE64.length())) {
            return head + ":" + value.substring(comma + 1);
        }
        return line;
    }
}
