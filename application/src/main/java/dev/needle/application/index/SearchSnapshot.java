package dev.needle.application.index;

import dev.needle.domain.NearSpelling;
import dev.needle.domain.Contact;

/**
 * The indexed contacts in result order, as flat arrays: what a search walks. Each text also has a
 * signature: one bit per character and one per pair of adjacent characters (both folded into a few
 * bits), so a contact lacking a letter or a letter pair of the query is passed over without reading
 * its text — most of them, once a query has two letters.
 */
record SearchSnapshot(Contact[] contacts, String[] texts, long[] signatures) {
    /** A text's signature: 64 bits of single characters, then 192 bits of adjacent pairs. */
    static final int SIGNATURE_LONGS = 4;

    static SearchSnapshot of(Contact[] contacts, String[] texts) {
        long[] signatures = new long[texts.length * SIGNATURE_LONGS];
        for (int i = 0; i < texts.length; i++) {
            signature(texts[i], signatures, i * SIGNATURE_LONGS);
        }
        return new SearchSnapshot(contacts, texts, signatures);
    }

    int size() {
        return texts.length;
    }

    /** Whether the text at {@code i} holds every word; {@code needed} is the query's signature. */
    boolean matches(int i, String[] words, long[] needed) {
        int at = i * SIGNATURE_LONGS;
        for (int k = 0; k < SIGNATURE_LONGS; k++) {
            if ((signatures[at + k] & needed[k]) != needed[k]) {
                return false;
            }
        }
        return containsAll(texts[i], words);
    }

    /**
     * Passes over, by signature alone, a contact no word of which is near a query word: a word one
     * edit away lacks at most one of the query word's letters and at most three of its letter pairs
     * (a swap breaks three), two edits twice that; a word too short to forgive must be there whole.
     */
    boolean mayBeNear(int i, String[] words, long[][] wanted) {
        int at = i * SIGNATURE_LONGS;
        for (int j = 0; j < words.length; j++) {
            int edits = NearSpelling.editsForgiven(words[j]);
            long[] w = wanted[j];
            if (Long.bitCount(w[0] & ~signatures[at]) > edits) {
                return false;
            }
            int pairs = 0;
            int present = 0;
            for (int k = 1; k < SIGNATURE_LONGS; k++) {
                pairs += Long.bitCount(w[k]);
                present += Long.bitCount(w[k] & signatures[at + k]);
            }
            if (present < pairs - 3 * edits) {
                return false;
            }
        }
        return true;
    }

    /** The signature of one text, as a query needs it. */
    static long[] signature(String text) {
        return signature(text, new long[SIGNATURE_LONGS], 0);
    }

    /**
     * Sets, in {@code into} from {@code at}, one bit per character present (its code folded into 0..63)
     * and one per pair of adjacent characters within a word (hashed into 192 bits). Spaces only separate.
     */
    private static long[] signature(String text, long[] into, int at) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                into[at] |= 1L << c; // the shift uses the low six bits of c
                if (previous != ' ') {
                    int pair = ((previous * 31 + c) & 0x7fffffff) % 192;
                    into[at + 1 + pair / 64] |= 1L << pair;
                }
            }
            previous = c;
        }
        return into;
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
