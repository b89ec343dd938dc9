package dev.needle.application.index;

import dev.needle.domain.NearSpelling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One search's walk over a {@link SearchSnapshot}: a full scan, a narrowing of an earlier answer when
 * the query only grew, and the ranking that puts whole-word matches first and adds near spellings.
 */
final class SnapshotSearch {
    /** Below this many people found as typed, people found but for a typo are added after them. */
    static final int NEAR_SPELLINGS_BELOW = 10;

    /**
     * What a search found: the positions matched, and how far it looked. Every match before
     * {@code scanned} is in {@code positions}; nothing at or after it was looked at.
     */
    record Answer<T>(String query, int limit, int[] positions, int scanned, List<T> found) {
    }

    private SnapshotSearch() {
    }

    /**
     * Orders what the words as typed found (see {@link ContactSearchIndex#search}) and, when they found fewer than
     * {@link #NEAR_SPELLINGS_BELOW}, adds those within a typo or two. The positions stay those of the
     * words as typed, so a longer query still narrows from them.
     */
    static <T> Answer<T> rankedWithNearSpellings(SearchSnapshot<T> s, Answer<T> exact, String folded, int limit) {
        if (folded.isEmpty()) {
            return exact;
        }
        String[] words = words(folded);
        List<T> found = new ArrayList<>(exact.found().size());
        Integer[] byRank = new Integer[exact.positions().length];
        int[] ranks = new int[byRank.length];
        for (int k = 0; k < byRank.length; k++) {
            int at = exact.positions()[k];
            ranks[k] = NearSpelling.rank(s.name(at), s.text(at), words);
            byRank[k] = k;
        }
        Arrays.sort(byRank, Comparator.comparingInt((Integer k) -> ranks[k]).thenComparingInt(k -> k));
        for (Integer k : byRank) {
            found.add(exact.found().get(k));
        }
        if (found.size() < Math.min(limit, NEAR_SPELLINGS_BELOW) && NearSpelling.worthTrying(words)) {
            Set<Integer> taken = new HashSet<>();
            for (int position : exact.positions()) {
                taken.add(position);
            }
            long[][] wanted = new long[words.length][];
            for (int j = 0; j < words.length; j++) {
                wanted[j] = Signatures.of(words[j]);
            }
            byte[][] bytes = SearchSnapshot.utf8(words);
            for (int i = 0; i < s.size() && found.size() < limit; i++) {
                if (!taken.contains(i) && s.mayBeNear(i, words, wanted) && s.holdsExactWords(i, words, bytes)
                        && NearSpelling.matches(s.text(i), words)) {
                    found.add(s.contact(i));
                }
            }
        }
        return new Answer<>(exact.query(), exact.limit(), exact.positions(), exact.scanned(), List.copyOf(found));
    }

    /**
     * A search with nothing to start from: what the index does for a query it has not narrowed from or
     * remembered, and all a one-off search does.
     */
    static <T> Answer<T> search(SearchSnapshot<T> s, String folded, int limit) {
        return rankedWithNearSpellings(s, scan(s, folded, limit), folded, limit);
    }

    static <T> Answer<T> scan(SearchSnapshot<T> s, String folded, int limit) {
        byte[][] words = SearchSnapshot.utf8(words(folded));
        long[] needed = Signatures.of(folded);
        int[] positions = new int[Math.min(limit, s.size())];
        int count = 0;
        int i = 0;
        for (; i < s.size() && count < limit; i++) {
            if (s.matches(i, words, needed)) {
                positions[count++] = i;
            }
        }
        return answer(folded, limit, positions, count, i, s);
    }

    /** Re-checks the earlier matches, then goes on where the earlier search stopped if room is left. */
    static <T> Answer<T> narrow(SearchSnapshot<T> s, Answer<T> earlier, String folded, int limit) {
        byte[][] words = SearchSnapshot.utf8(words(folded));
        long[] needed = Signatures.of(folded);
        int[] positions = new int[earlier.positions().length];
        int count = 0;
        for (int position : earlier.positions()) {
            if (s.matches(position, words, needed)) {
                positions[count++] = position;
            }
        }
        int i = earlier.scanned();
        if (count < limit && i < s.size()) {
            positions = Arrays.copyOf(positions, Math.min(limit, s.size()));
            for (; i < s.size() && count < limit; i++) {
                if (s.matches(i, words, needed)) {
                    positions[count++] = i;
                }
            }
        }
        return answer(folded, limit, positions, count, i, s);
    }

    private static <T> Answer<T> answer(String folded, int limit, int[] positions, int count, int scanned,
                                        SearchSnapshot<T> s) {
        int[] kept = Arrays.copyOf(positions, count);
        List<T> found = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            found.add(s.contact(kept[k]));
        }
        return new Answer<>(folded, limit, kept, scanned, List.copyOf(found));
    }

    private static String[] words(String folded) {
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}
