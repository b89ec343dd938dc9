package dev.needle.application.index;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.NearSpelling;
import dev.needle.domain.SearchText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * The indexed contacts in result order (folded name, then id), as flat arrays: what a search walks.
 * What it holds of each is {@code T}: whole contacts for the index, only their folded texts for a
 * one-off search ({@link Entries} says how to read either), so both search by the same code.
 * Each contact's folded search text is kept as UTF-8 bytes, its folded name first, with no object
 * per contact beyond the bytes: most texts mix another script with Latin letters, which a string
 * would hold at two bytes a character. Each text also has a signature: one bit per character and one
 * per pair of adjacent characters (both folded into a few bits), so a contact lacking a letter or a
 * letter pair of the query is passed over without reading its text — most of them, once a query has
 * two letters. Immutable: a change makes a new snapshot from the old one ({@link #with}).
 */
final class SearchSnapshot<T> {
    static final int SIGNATURE_LONGS = Signatures.LONGS;

    /** How the snapshot reads what it holds of each contact. */
    interface Entries<T> {
        ContactId id(T entry);

        String name(T entry);

        /** The folded name: the name folded, unless the entry holds it folded already. */
        String foldedName(T entry);

        /** The folded search text ({@link Contact#searchText}). */
        String searchText(T entry);

        T[] array(int size);

        /** What the snapshot keeps of an entry, once its text is folded: the entry itself unless told. */
        default T kept(T entry) {
            return entry;
        }

        /** These entries, kept as {@code kept} makes them. */
        default Entries<T> keeping(UnaryOperator<T> kept) {
            return of(this::id, this::name, this::foldedName, this::searchText, this::array, kept);
        }

        /** Entries whose name is folded here. */
        static <T> Entries<T> of(Function<T, ContactId> id, Function<T, String> name, Function<T, String> searchText,
                                 IntFunction<T[]> array) {
            return of(id, name, entry -> SearchText.fold(name.apply(entry)), searchText, array);
        }

        /** Entries that may hold their name folded already ({@code foldedName}). */
        static <T> Entries<T> of(Function<T, ContactId> id, Function<T, String> name, Function<T, String> foldedName,
                                 Function<T, String> searchText, IntFunction<T[]> array) {
            return of(id, name, foldedName, searchText, array, UnaryOperator.identity());
        }

        private static <T> Entries<T> of(Function<T, ContactId> id, Function<T, String> name,
                                         Function<T, String> foldedName, Function<T, String> searchText,
                                         IntFunction<T[]> array, UnaryOperator<T> kept) {
            return new Entries<>() {
                @Override
                public ContactId id(T entry) {
                    return id.apply(entry);
                }

                @Override
                public String name(T entry) {
                    return name.apply(entry);
                }

                @Override
                public String foldedName(T entry) {
                    return foldedName.apply(entry);
                }

                @Override
                public String searchText(T entry) {
                    return searchText.apply(entry);
                }

                @Override
                public T[] array(int size) {
                    return array.apply(size);
                }

                @Override
                public T kept(T entry) {
                    return kept.apply(entry);
                }
            };
        }
    }

    /** Contacts, each kept as its {@link ListedCopy} once its text is folded from the whole: what the index holds. */
    static final Entries<Contact> CONTACTS = Entries.of(Contact::id, Contact::name, Contact::searchText, Contact[]::new)
            .keeping(ListedCopy::of);

    /** Folded texts as a store keeps them, the folded name at their start: what a one-off search reads. */
    static final Entries<ContactSearchText> SEARCH_TEXTS = Entries.of(ContactSearchText::id,
            ContactSearchText::foldedName, ContactSearchText::foldedName, ContactSearchText::text, ContactSearchText[]::new);

    private final Entries<T> entries;
    private final T[] contacts;
    private final byte[][] texts;
    /** Where each text's folded name ends, in bytes. */
    private final int[] nameEnds;
    private final long[] signatures;
    /** The same contacts ordered by id, for lookups by id. */
    private final T[] byId;

    private SearchSnapshot(Entries<T> entries, T[] contacts, byte[][] texts, int[] nameEnds, long[] signatures,
                           T[] byId) {
        this.entries = entries;
        this.contacts = contacts;
        this.texts = texts;
        this.nameEnds = nameEnds;
        this.signatures = signatures;
        this.byId = byId;
    }

    /** A snapshot holding nothing yet. */
    static <T> SearchSnapshot<T> empty(Entries<T> entries) {
        return new SearchSnapshot<>(entries, entries.array(0), new byte[0][], new int[0], new long[0],
                entries.array(0));
    }

    /** A snapshot of {@code all} (no id twice), sorted once. */
    static <T> SearchSnapshot<T> of(Entries<T> entries, List<T> all) {
        Map<ContactId, T> byId = new HashMap<>(all.size() * 4 / 3 + 1);
        all.forEach(entry -> byId.put(entries.id(entry), entry));
        return empty(entries).with(byId);
    }

    /** One contact as the snapshot keeps it, before it has a place. */
    private record Added<T>(T contact, ContactId id, byte[] text, int nameEnd, long[] bits) {
        static <T> Added<T> of(Entries<T> entries, T contact) {
            String name = entries.foldedName(contact);
            String text = ContactSearchText.kept(name, entries.searchText(contact));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int nameEnd = name.getBytes(StandardCharsets.UTF_8).length;
            return new Added<>(entries.kept(contact), entries.id(contact), bytes, nameEnd, Signatures.of(text));
        }
    }

    /**
     * A search's words as a one-off search asks each text for them ({@link #heldBy}): as a search
     * matches them, by UTF-8 bytes, which asking the text itself answers alike unless a word holds a
     * '?' or half of a surrogate pair (UTF-8 writes a lone half as '?'); only then are they asked as
     * bytes, encoded once.
     */
    record Words(String[] chars, byte[][] bytes) {
        static Words of(String[] words) {
            return new Words(words, matchedAsChars(words) ? null : utf8(words));
        }

        /** Whether {@code text}, as {@link ContactSearchText#kept} makes it, holds every word. */
        boolean heldBy(String text) {
            if (bytes != null) {
                return containsAll(text.getBytes(StandardCharsets.UTF_8), bytes);
            }
            for (String word : chars) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean matchedAsChars(String[] words) {
            for (String word : words) {
                for (int i = 0; i < word.length(); i++) {
                    if (word.charAt(i) == '?' || Character.isSurrogate(word.charAt(i))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * This snapshot with {@code changes} applied: each id mapped to its new contact, or to null when
     * it is gone. One pass over the kept contacts, the changed ones sorted and merged in.
     */
    SearchSnapshot<T> with(Map<ContactId, T> changes) {
        List<Added<T>> added = new ArrayList<>();
        changes.values().forEach(contact -> {
            if (contact != null) {
                added.add(Added.of(entries, contact));
            }
        });
        added.sort((a, b) -> compare(a.text, a.nameEnd, a.id, b.text, b.nameEnd, b.id));
        int kept = 0;
        for (T contact : contacts) {
            if (!changes.containsKey(entries.id(contact))) {
                kept++;
            }
        }
        int size = kept + added.size();
        T[] newContacts = entries.array(size);
        byte[][] newTexts = new byte[size][];
        int[] newNameEnds = new int[size];
        long[] newSignatures = new long[size * SIGNATURE_LONGS];
        int i = 0;
        int a = 0;
        int at = 0;
        while (at < size) {
            while (i < contacts.length && changes.containsKey(entries.id(contacts[i]))) {
                i++;
            }
            boolean takeAdded = a < added.size() && (i == contacts.length
                    || compare(added.get(a).text, added.get(a).nameEnd, added.get(a).id,
                    texts[i], nameEnds[i], entries.id(contacts[i])) < 0);
            if (takeAdded) {
                Added<T> next = added.get(a++);
                newContacts[at] = next.contact;
                newTexts[at] = next.text;
                newNameEnds[at] = next.nameEnd;
                System.arraycopy(next.bits, 0, newSignatures, at * SIGNATURE_LONGS, SIGNATURE_LONGS);
            } else {
                newContacts[at] = contacts[i];
                newTexts[at] = texts[i];
                newNameEnds[at] = nameEnds[i];
                System.arraycopy(signatures, i * SIGNATURE_LONGS, newSignatures, at * SIGNATURE_LONGS, SIGNATURE_LONGS);
                i++;
            }
            at++;
        }
        return new SearchSnapshot<>(entries, newContacts, newTexts, newNameEnds, newSignatures,
                byIdWith(changes, added, size));
    }

    /** The id order with the same changes: the kept ones in their order, the changed ones merged in. */
    private T[] byIdWith(Map<ContactId, T> changes, List<Added<T>> added, int size) {
        T[] addedById = entries.array(added.size());
        for (int k = 0; k < addedById.length; k++) {
            addedById[k] = added.get(k).contact;
        }
        Comparator<T> byIdOrder = Comparator.comparingLong(c -> entries.id(c).value());
        Arrays.sort(addedById, byIdOrder);
        T[] merged = entries.array(size);
        int i = 0;
        int a = 0;
        for (int at = 0; at < size; at++) {
            while (i < byId.length && changes.containsKey(entries.id(byId[i]))) {
                i++;
            }
            merged[at] = a < addedById.length && (i == byId.length || byIdOrder.compare(addedById[a], byId[i]) < 0)
                    ? addedById[a++] : byId[i++];
        }
        return merged;
    }

    /** Folded name (its UTF-8 bytes, so code point order), then id. */
    private static int compare(byte[] text, int nameEnd, ContactId id, byte[] otherText, int otherNameEnd,
                               ContactId other) {
        int byName = Arrays.compareUnsigned(text, 0, nameEnd, otherText, 0, otherNameEnd);
        return byName != 0 ? byName : Long.compare(id.value(), other.value());
    }

    int size() {
        return contacts.length;
    }

    /** The contacts in result order; callers must not change the array. */
    T[] contacts() {
        return contacts;
    }

    T contact(int i) {
        return contacts[i];
    }

    /** The contacts ordered by id; callers must not change the array. */
    T[] byId() {
        return byId;
    }

    Optional<T> find(ContactId id) {
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long value = entries.id(byId[mid]).value();
            if (value < id.value()) {
                lo = mid + 1;
            } else if (value > id.value()) {
                hi = mid - 1;
            } else {
                return Optional.of(byId[mid]);
            }
        }
        return Optional.empty();
    }

    /** The folded search text at {@code i}, as a string (for the few a search ranks). */
    String text(int i) {
        return new String(texts[i], StandardCharsets.UTF_8);
    }

    /** The folded name at {@code i}. */
    String name(int i) {
        return new String(texts[i], 0, nameEnds[i], StandardCharsets.UTF_8);
    }

    /** The query words as the texts hold them. */
    static byte[][] utf8(String[] words) {
        byte[][] bytes = new byte[words.length][];
        for (int j = 0; j < words.length; j++) {
            bytes[j] = words[j].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /** Whether the text at {@code i} holds every word; {@code needed} is the query's signature. */
    boolean matches(int i, byte[][] words, long[] needed) {
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

    /** Whether the text at {@code i} holds every word of {@code words} that allows no typo, as typed. */
    boolean holdsExactWords(int i, String[] words, byte[][] bytes) {
        for (int j = 0; j < words.length; j++) {
            if (NearSpelling.editsForgiven(words[j]) == 0 && !contains(texts[i], bytes[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAll(byte[] text, byte[][] words) {
        for (byte[] word : words) {
            if (!contains(text, word)) {
                return false;
            }
        }
        return true;
    }

    /** Byte-wise containment: in UTF-8 it finds a word exactly where the characters hold it. */
    static boolean contains(byte[] text, byte[] word) {
        if (word.length == 0) {
            return true;
        }
        byte first = word[0];
        int last = text.length - word.length;
        search:
        for (int i = 0; i <= last; i++) {
            if (text[i] != first) {
                continue;
            }
            for (int j = 1; j < word.length; j++) {
                if (text[i + j] != word[j]) {
                    continue search;
                }
            }
            return true;
        }
        return false;
    }
}
