package dev.needle.application.index;

/**
 * A folded text's signature: one bit per character and one per pair of adjacent characters (both
 * folded into a few bits), so a search passes over a text lacking a letter or a letter pair of the
 * query without reading it. Only a filter: sharing a bit can let a text through, never keep one out.
 */
final class Signatures {
    /** 64 bits of single characters, then 192 bits of adjacent pairs. */
    static final int LONGS = 4;

    private Signatures() {
    }

    /** The signature of one text, as a query needs it. */
    static long[] of(String text) {
        return signature(text, new long[LONGS], 0);
    }

    /**
     * Sets, in {@code into} from {@code at}, one bit per character present (see {@link #characterBit})
     * and one per pair of adjacent characters within a word (hashed into 192 bits). Spaces only separate.
     */
    private static long[] signature(String text, long[] into, int at) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                into[at] |= 1L << characterBit(c);
                if (previous != ' ') {
                    int pair = ((previous * 31 + c) & 0x7fffffff) % 192;
                    into[at + 1 + pair / 64] |= 1L << pair;
                }
            }
            previous = c;
        }
        return into;
    }

    /**
     * A character's bit: each of a–z and 0–9 its own, other ASCII one shared, every other character
     * one of the remaining 27 by its code. Letters of another script then never share a bit with the
     * Latin letters nearly every text holds (an email address), so a query in that script passes
     * over the texts without it.
     */
    private static int characterBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c < 128 ? 36 : 37 + c % 27;
    }
}
