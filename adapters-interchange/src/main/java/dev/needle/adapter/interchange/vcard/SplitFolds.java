package dev.needle.adapter.interchange.vcard;

/**
 * Mends folds made inside a UTF-8 character: RFC 6350 (3.2) warns that simple writers fold a line by
 * bytes, between the octets of one character, and asks readers to restore it. The octets after such a
 * fold are moved before its line break, so the bytes decode and unfold to what was written and every
 * line keeps its number.
 */
final class SplitFolds {
    private SplitFolds() {
    }

    /** Mends {@code bytes} from 0 to {@code length} in place; true when any fold was mended. */
    static boolean mend(byte[] bytes, int length) {
        boolean mended = false;
        for (int i = 0; i + 1 < length; i++) {
            if (bytes[i] != '\n' || (bytes[i + 1] != ' ' && bytes[i + 1] != '\t')) {
                continue;
            }
            int lineEnd = i > 0 && bytes[i - 1] == '\r' ? i - 1 : i;
            int missing = missingAtEnd(bytes, lineEnd);
            int after = i + 2;
            if (missing == 0 || after + missing > length || !continuations(bytes, after, missing)) {
                continue;
            }
            byte[] rest = new byte[missing];
            System.arraycopy(bytes, after, rest, 0, missing);
            System.arraycopy(bytes, lineEnd, bytes, lineEnd + missing, after - lineEnd);
            System.arraycopy(rest, 0, bytes, lineEnd, missing);
            mended = true;
            i += missing;
        }
        return mended;
    }

    /** How many continuation octets the character that ends just before {@code end} still lacks; 0 if whole. */
    private static int missingAtEnd(byte[] bytes, int end) {
        int start = end - 1;
        int continuations = 0;
        while (start >= 0 && continuations < 3 && (bytes[start] & 0xC0) == 0x80) {
            start--;
            continuations++;
        }
        if (start < 0) {
            return 0;
        }
        int lead = bytes[start] & 0xFF;
        int octets = lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 1;
        return Math.max(0, octets - 1 - continuations);
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
