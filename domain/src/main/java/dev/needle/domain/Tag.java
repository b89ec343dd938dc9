package dev.needle.domain;

import java.util.List;

/**
 * A short label for what someone can offer or is looking for ("ux designer", "market research").
 * Stored folded to lower case so "UX Designer" and "ux designer" are one tag.
 */
public record Tag(String value) implements Comparable<Tag> {
    public Tag {
        value = Check.collapseWhitespace(Check.required("tag", value, 60).toLowerCase(java.util.Locale.ROOT));
        if (value.contains(",")) {
            throw new InvalidValueException("tag", "A tag cannot contain a comma: \"" + value + "\".");
        }
    }

    public static Tag of(String value) {
        return new Tag(value);
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

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, a few milliseconds of every start (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof Tag tag && tag.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
