package dev.needle.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A short label for what someone can offer or is looking for ("UX designer", "a Zürich supplier
 * list"). Kept as typed, since messages and prep sheets quote it; "UX Designer" and "ux designer" are
 * still the same tag ({@link #sameAs}), and a set holds one of them ({@link #distinct}).
 */
public record Tag(String value) implements Comparable<Tag> {
    public Tag {
        value = Check.collapseWhitespace(Check.required("tag", value, 60));
        if (value.contains(",")) {
            throw new InvalidValueException("tag", "A tag cannot contain a comma: \"" + value + "\".");
        }
    }

    public static Tag of(String value) {
        return new Tag(value);
    }

    /** The tag folded to lower case: what two ways of typing one tag share. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** This tag folded, for what is kept by tag alone (a tag's default cadence). */
    public Tag folded() {
        String key = key();
        return key.equals(value) ? this : new Tag(key);
    }

    /** Whether the two are one tag typed two ways: "Mentors" and "mentors". */
    public boolean sameAs(Tag other) {
        return other.key().equals(key());
    }

    /** {@code tags} with one tag per {@link #key}: of those typed two ways, the first in order is kept. */
    public static Set<Tag> distinct(Set<Tag> tags) {
        if (tags.size() < 2 || allDistinct(tags)) {
            return tags;
        }
        List<Tag> kept = new ArrayList<>();
        tags.stream().sorted().forEach(tag -> {
            if (kept.stream().noneMatch(tag::sameAs)) {
                kept.add(tag);
            }
        });
        return Set.copyOf(kept);
    }

    /**
     * The tags in order as they read inside a sentence ("a Zürich supplier list, sourdough know-how"):
     * a name one of them writes with a capital keeps it where another starts with it ("Porto startups").
     */
    public static String inSentence(Collection<Tag> tags) {
        java.util.Set<String> names = namesIn(tags);
        return String.join(", ", tags.stream().sorted().map(t -> t.inSentence(names)).toList());
    }

    /** This tag inside a sentence, keeping the capitals of {@code names} ({@link English#inSentence(String, java.util.Set)}). */
    public String inSentence(java.util.Set<String> names) {
        return English.inSentence(value, names);
    }

    /**
     * The names these tags write with a capital ({@link English#namesIn}), and every word of the
     * names given (a company: "Startup Porto" names Porto).
     */
    public static java.util.Set<String> namesIn(Collection<Tag> tags, String... names) {
        List<String> texts = new ArrayList<>(tags.size());
        tags.forEach(t -> texts.add(t.value));
        java.util.Set<String> found = English.namesIn(texts);
        for (String name : names) {
            for (String word : name.strip().split("\\s+")) {
                String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) {
                    found.add(bare);
                }
            }
        }
        return found;
    }

    /** The tags in the order given, one per {@link #key} (the first typed is kept), unchangeable. */
    public static Set<Tag> inOrder(Collection<Tag> tags) {
        return TypedTags.of(tags);
    }

    /** {@code kept} and those of {@code more} it does not hold yet, however typed: what was kept stays as it was typed. */
    public static Set<Tag> union(Set<Tag> kept, Collection<Tag> more) {
        if (more.isEmpty()) {
            return kept;
        }
        List<Tag> all = new ArrayList<>(kept);
        all.addAll(more);
        return inOrder(all);
    }

    private static boolean allDistinct(Collection<Tag> tags) {
        List<String> keys = new ArrayList<>(tags.size());
        for (Tag tag : tags) {
            String key = tag.key();
            if (keys.contains(key)) {
                return false;
            }
            keys.add(key);
        }
        return true;
    }

    /**
     * True when the two tags name the same thing: every word of the shorter one is found in the
     * longer one by its stem, small words aside, so "ux design" matches "ux designer", "research"
     * matches "market research" and "an accountant" matches "introductions to our accountant".
     */
    public boolean matches(Tag other) {
        List<String> mine = WordMatch.words(value);
        List<String> theirs = WordMatch.words(other.value);
        int mineCount = WordMatch.meaningfulCount(mine);
        int theirsCount = WordMatch.meaningfulCount(theirs);
        if (mineCount != theirsCount) {
            return mineCount < theirsCount ? WordMatch.allFound(mine, theirs) : WordMatch.allFound(theirs, mine);
        }
        // Same length: either side may hold the prefix ("ux design" / "ux designer"), so try both ways.
        return WordMatch.allFound(mine, theirs) || WordMatch.allFound(theirs, mine);
    }

    /**
     * True when {@code text} (the words of a request) names this tag: every word of the tag is found in
     * it by its stem, small words aside, so "sourdough baking" is found in "Advice on baking sourdough".
     * A tag of small words only ("IT") is never found in running text, where such words are everywhere.
     */
    public boolean foundIn(String text) {
        List<String> mine = WordMatch.words(value);
        if (mine.stream().allMatch(WordMatch::isSmall)) {
            return false;
        }
        return WordMatch.allFound(mine, WordMatch.words(text));
    }

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, a few milliseconds of every start (docs/performance.md). Equal means typed
    // alike, so a change of case alone is a change (an edit, an undo, a conflict).
    @Override
    public boolean equals(Object other) {
        return other instanceof Tag tag && tag.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Alphabetical whatever the case, then as typed: "ux" and "UX" next to each other. */
    @Override
    public int compareTo(Tag other) {
        int byKey = key().compareTo(other.key());
        return byKey != 0 ? byKey : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
