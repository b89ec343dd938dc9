package dev.needle.application.index;

import dev.needle.domain.AfterEvent;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FollowUps;
import dev.needle.domain.SearchText;
import dev.needle.domain.triage.OfferDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Answers contact searches from memory: each contact's folded search text is computed once, and the
 * entries are kept sorted by folded name so a search walks them in result order and stops at the limit.
 *
 * <p>Filtering as you type asks again on every key, so searches are served from flat arrays (rebuilt
 * only after a change), and a query that extends an earlier one (one more letter) only re-checks that
 * query's matches instead of every contact; a query seen a moment ago (backspace) is answered from memory.
 */
public final class ContactSearchIndex {
    /** A text's signature: 64 bits of single characters, then 192 bits of adjacent pairs. */
    private static final int SIGNATURE_LONGS = 4;
    /** Below this many people found as typed, people found but for a typo are added after them. */
    private static final int NEAR_SPELLINGS_BELOW = 10;
    /** Enough for a user typing and erasing a long query; small enough to cost nothing. */
    private static final int REMEMBERED_QUERIES = 64;

    /** Position in the result order: folded name, then id for people with the same name. */
    private record Key(String name, long id) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::name).thenComparingLong(Key::id);
    }

    private record Entry(Contact contact, String text) {
    }

    /**
     * The entries in result order, as arrays: what a search walks. Each text also has a signature:
     * one bit per character and one per pair of adjacent characters (both folded into a few bits),
     * so a contact lacking a letter or a letter pair of the query is passed over without reading its
     * text — most of them, once a query has two letters.
     */
    private record Snapshot(Contact[] contacts, String[] texts, long[] signatures) {
        boolean matches(int i, String[] words, long[] needed) {
            int at = i * SIGNATURE_LONGS;
            for (int k = 0; k < SIGNATURE_LONGS; k++) {
                if ((signatures[at + k] & needed[k]) != needed[k]) {
                    return false;
                }
            }
            return containsAll(texts[i], words);
        }
    }

    /**
     * What a search found: the positions matched, and how far it looked. Every match before
     * {@code scanned} is in {@code positions}; nothing at or after it was looked at.
     */
    private record Answer(String query, int limit, int[] positions, int scanned, List<Contact> found) {
    }

    private final TreeMap<Key, Entry> byName = new TreeMap<>(Key.ORDER);
    /**
     * Each contact's place in {@code byName}, with the contact itself: lookups by id (Today resolves
     * every pending request's contact) then cost a hash probe, not a walk down the name tree.
     */
    private record Slot(Key key, Contact contact) {
    }

    private final Map<ContactId, Slot> keys = new HashMap<>();
    /**
     * Where the contacts come from until the first use reads them; null once loaded. Volatile so
     * {@link #hasRead} can answer without waiting for a load that another thread has under way.
     */
    private volatile Supplier<? extends Collection<Contact>> source;
    private Snapshot snapshot;
    private List<Contact> all;
    /** What everyone offers, for triage; built on first ask after a change. */
    private OfferDirectory offers;
    /** The last day's follow-ups and undecided contacts; built on first ask after a change. */
    private FollowUps followUps;
    private List<Contact> undecided;
    private LocalDate undecidedOn;
    private Answer last;
    private final Map<String, Answer> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > REMEMBERED_QUERIES;
        }
    };

    public ContactSearchIndex(Collection<Contact> contacts) {
        contacts.forEach(this::index);
    }

    private ContactSearchIndex(Supplier<? extends Collection<Contact>> source) {
        this.source = source;
    }

    /**
     * An index that reads its contacts only when first used: start-up and commands that never search
     * do not pay for reading every contact. Changes made before then are already in what it reads.
     */
    public static ContactSearchIndex loadedOnFirstUse(Supplier<? extends Collection<Contact>> source) {
        return new ContactSearchIndex(source);
    }

    /** Adds the contact or replaces the copy indexed before (its name may have changed). */
    public synchronized void put(Contact contact) {
        if (source == null) {
            index(contact);
        }
    }

    public synchronized void remove(ContactId id) {
        if (source == null) {
            unindex(id);
        }
    }

    /** Whether the first full read has happened; waits for one another thread has under way. */
    public synchronized boolean isLoaded() {
        return source == null;
    }

    /**
     * Whether the first full read has returned (its contacts may still be going in: the next call then
     * waits for them). Never waits itself, so a screen can read what it needs another way while a
     * background thread is reading everyone.
     */
    public boolean hasRead() {
        return source == null;
    }

    public synchronized int size() {
        load();
        return keys.size();
    }

    /**
     * The contact when the index is loaded and holds it; empty otherwise (not loaded yet, or no such
     * contact), so callers fall back to the store and a lookup never forces the full read.
     */
    public synchronized Optional<Contact> find(ContactId id) {
        if (source != null) {
            return Optional.empty();
        }
        Slot slot = keys.get(id);
        return slot == null ? Optional.empty() : Optional.of(slot.contact());
    }

    /** Every indexed contact, ordered by id. */
    public synchronized List<Contact> all() {
        load();
        if (all == null) {
            // Sorted on demand rather than kept in a second tree: 100k contacts cost ~10 MB less heap.
            // Taken from the tree, not the search snapshot: an export reading everyone once should not
            // pay for every text's signature.
            Contact[] byId = byName.values().stream().map(Entry::contact).toArray(Contact[]::new);
            Arrays.sort(byId, Comparator.comparingLong(c -> c.id().value()));
            all = List.of(byId);
        }
        return all;
    }

    /** The directory of what the indexed (open) contacts offer; rebuilt only after a change. */
    public synchronized OfferDirectory offers() {
        load();
        if (offers == null) {
            offers = OfferDirectory.of(Arrays.asList(snapshot().contacts()));
        }
        return offers;
    }

    /**
     * The follow-ups due as of {@code today} ({@link FollowUps#due}), kept until a contact changes or
     * the day does: the Follow-ups and Today screens ask on every switch, and going through 100 000
     * contacts each time was most of a switch.
     */
    public synchronized FollowUps followUpsDue(LocalDate today) {
        load();
        if (followUps == null || !followUps.today().equals(today)) {
            followUps = FollowUps.due(Arrays.asList(snapshot().contacts()), today);
        }
        return followUps;
    }

    /**
     * How many open contacts have a follow-up due on or before {@code today}: one pass that counts,
     * where {@link #followUpsDue} sorts lists, since the tab bar asks after every key.
     */
    public synchronized int followUpsDueCount(LocalDate today) {
        load();
        if (followUps != null && followUps.today().equals(today)) {
            return followUps.overdue().size() + followUps.dueToday().size();
        }
        int due = 0;
        for (Contact contact : snapshot().contacts()) {
            if (!contact.isClosed() && contact.nextFollowUp().filter(on -> !on.isAfter(today)).isPresent()) {
                due++;
            }
        }
        return due;
    }

    /** The contacts awaiting the after-event decision as of {@code today} ({@link AfterEvent#undecided}), kept likewise. */
    public synchronized List<Contact> undecided(LocalDate today) {
        load();
        if (undecided == null || !undecidedOn.equals(today)) {
            undecided = AfterEvent.undecided(Arrays.asList(snapshot().contacts()), today);
            undecidedOn = today;
        }
        return undecided;
    }

    private void load() {
        if (source != null) {
            Collection<Contact> contacts = source.get();
            source = null;
            contacts.forEach(this::index);
        }
    }

    private void index(Contact contact) {
        unindex(contact.id());
        Key key = new Key(SearchText.fold(contact.name()), contact.id().value());
        byName.put(key, new Entry(contact, contact.searchText()));
        keys.put(contact.id(), new Slot(key, contact));
        changed();
    }

    private void unindex(ContactId id) {
        Slot slot = keys.remove(id);
        if (slot != null) {
            byName.remove(slot.key());
            changed();
        }
    }

    /**
     * Contacts whose search text contains every word of the query, at most {@code limit}: those
     * whose name holds the words whole come first, then those whose name or other details begin
     * with them, then those containing them inside a word, by name then id within each. When that
     * finds few, people the query would find but for a typo ("insghts") follow.
     */
    public synchronized List<Contact> search(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A search limit cannot be negative: " + limit);
        }
        load();
        String folded = SearchText.fold(query);
        Answer remembered = recent.get(folded);
        if (remembered != null && remembered.limit() == limit) {
            last = remembered;
            return remembered.found();
        }
        Answer answer = narrows(folded, limit) ? narrow(last, folded, limit) : scan(folded, limit);
        answer = rankedWithNearSpellings(answer, folded, limit);
        recent.put(folded, answer);
        last = answer;
        return answer.found();
    }

    /**
     * Orders what the words as typed found (see {@link #search}) and, when they found fewer than
     * {@link #NEAR_SPELLINGS_BELOW}, adds those within a typo or two. The positions stay those of the
     * words as typed, so a longer query still narrows from them.
     */
    private Answer rankedWithNearSpellings(Answer exact, String folded, int limit) {
        if (folded.isEmpty()) {
            return exact;
        }
        String[] words = words(folded);
        Snapshot s = snapshot();
        List<Contact> found = new ArrayList<>(exact.found().size());
        Integer[] byRank = new Integer[exact.positions().length];
        int[] ranks = new int[byRank.length];
        for (int k = 0; k < byRank.length; k++) {
            int at = exact.positions()[k];
            ranks[k] = NearSpelling.rank(SearchText.fold(s.contacts()[at].name()), s.texts()[at], words);
            byRank[k] = k;
        }
        Arrays.sort(byRank, Comparator.comparingInt((Integer k) -> ranks[k]).thenComparingInt(k -> k));
        for (Integer k : byRank) {
            found.add(exact.found().get(k));
        }
        if (found.size() < Math.min(limit, NEAR_SPELLINGS_BELOW) && NearSpelling.worthTrying(words)) {
            java.util.Set<Integer> taken = new java.util.HashSet<>();
            for (int position : exact.positions()) {
                taken.add(position);
            }
            long[][] wanted = new long[words.length][];
            for (int j = 0; j < words.length; j++) {
                wanted[j] = signature(words[j], new long[SIGNATURE_LONGS], 0);
            }
            for (int i = 0; i < s.texts().length && found.size() < limit; i++) {
                if (!taken.contains(i) && mayBeNear(s, i, words, wanted) && NearSpelling.matches(s.texts()[i], words)) {
                    found.add(s.contacts()[i]);
                }
            }
        }
        return new Answer(exact.query(), exact.limit(), exact.positions(), exact.scanned(), List.copyOf(found));
    }

    /**
     * Passes over, by signature alone, a contact no word of which is near a query word: a word one
     * edit away lacks at most one of the query word's letters and at most three of its letter pairs
     * (a swap breaks three), two edits twice that; a word too short to forgive must be there whole.
     */
    private static boolean mayBeNear(Snapshot s, int i, String[] words, long[][] wanted) {
        int at = i * SIGNATURE_LONGS;
        for (int j = 0; j < words.length; j++) {
            int edits = NearSpelling.editsForgiven(words[j]);
            long[] w = wanted[j];
            if (Long.bitCount(w[0] & ~s.signatures()[at]) > edits) {
                return false;
            }
            int pairs = 0;
            int present = 0;
            for (int k = 1; k < SIGNATURE_LONGS; k++) {
                pairs += Long.bitCount(w[k]);
                present += Long.bitCount(w[k] & s.signatures()[at + k]);
            }
            if (present < pairs - 3 * edits) {
                return false;
            }
        }
        return true;
    }

    /** A query extending the last one (same words, more letters) can only match a subset of what it matched. */
    private boolean narrows(String folded, int limit) {
        return last != null && last.limit() == limit && !last.query().isEmpty() && folded.startsWith(last.query());
    }

    private Answer scan(String folded, int limit) {
        String[] words = words(folded);
        long[] needed = signature(folded, new long[SIGNATURE_LONGS], 0);
        Snapshot s = snapshot();
        int[] positions = new int[Math.min(limit, s.texts().length)];
        int count = 0;
        int i = 0;
        for (; i < s.texts().length && count < limit; i++) {
            if (s.matches(i, words, needed)) {
                positions[count++] = i;
            }
        }
        return answer(folded, limit, positions, count, i, s);
    }

    /** Re-checks the earlier matches, then goes on where the earlier search stopped if room is left. */
    private Answer narrow(Answer earlier, String folded, int limit) {
        String[] words = words(folded);
        long[] needed = signature(folded, new long[SIGNATURE_LONGS], 0);
        Snapshot s = snapshot();
        int[] positions = new int[earlier.positions().length];
        int count = 0;
        for (int position : earlier.positions()) {
            if (s.matches(position, words, needed)) {
                positions[count++] = position;
            }
        }
        int i = earlier.scanned();
        if (count < limit && i < s.texts().length) {
            positions = Arrays.copyOf(positions, Math.min(limit, s.texts().length));
            for (; i < s.texts().length && count < limit; i++) {
                if (s.matches(i, words, needed)) {
                    positions[count++] = i;
                }
            }
        }
        return answer(folded, limit, positions, count, i, s);
    }

    private static Answer answer(String folded, int limit, int[] positions, int count, int scanned, Snapshot s) {
        int[] kept = Arrays.copyOf(positions, count);
        Contact[] found = new Contact[count];
        for (int k = 0; k < count; k++) {
            found[k] = s.contacts()[kept[k]];
        }
        return new Answer(folded, limit, kept, scanned, List.of(found));
    }

    private Snapshot snapshot() {
        if (snapshot == null) {
            Contact[] contacts = new Contact[byName.size()];
            String[] texts = new String[byName.size()];
            long[] signatures = new long[byName.size() * SIGNATURE_LONGS];
            int i = 0;
            for (Entry entry : byName.values()) {
                contacts[i] = entry.contact();
                texts[i] = entry.text();
                signature(entry.text(), signatures, i++ * SIGNATURE_LONGS);
            }
            snapshot = new Snapshot(contacts, texts, signatures);
        }
        return snapshot;
    }

    /** Positions shift with every change, so everything computed from them is dropped. */
    private void changed() {
        snapshot = null;
        all = null;
        offers = null;
        followUps = null;
        undecided = null;
        last = null;
        recent.clear();
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

    private static String[] words(String folded) {
        return folded.isEmpty() ? new String[0] : folded.split(" ");
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
