package dev.needle.domain;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * Tags in the order they were typed, one per {@link Tag#key} (of two ways of typing one tag, the first
 * is kept), and unchangeable. People put what matters most first ("sourdough baking, kubernetes"),
 * so screens and files show them so; equal to any set holding the same tags, whatever their order.
 * An array, not a linked set: an address book holds one of these per person, twice.
 */
final class TypedTags extends AbstractSet<Tag> {
    private final Tag[] tags;

    private TypedTags(Tag[] tags) {
        this.tags = tags;
    }

    /** {@code tags} as typed, without repeats; a set this returned before is returned as it is. */
    static Set<Tag> of(Collection<Tag> tags) {
        if (tags instanceof TypedTags typed) {
            return typed;
        }
        if (tags.isEmpty()) {
            return Set.of();
        }
        Tag[] kept = new Tag[tags.size()];
        int count = 0;
        for (Tag tag : tags) {
            if (tag == null) {
                throw new NullPointerException("tag");
            }
            boolean seen = false;
            for (int i = 0; i < count && !seen; i++) {
                seen = kept[i].sameAs(tag);
            }
            if (!seen) {
                kept[count++] = tag;
            }
        }
        return count == 1 ? Set.of(kept[0]) : new TypedTags(count == kept.length ? kept : Arrays.copyOf(kept, count));
    }

    @Override
    public Iterator<Tag> iterator() {
        return Arrays.asList(tags).iterator();
    }

    @Override
    public int size() {
        return tags.length;
    }

    @Override
    public boolean contains(Object o) {
        for (Tag tag : tags) {
            if (tag.equals(o)) {
                return true;
            }
        }
        return false;
    }
}
