package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.domain.Contact;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Today's rows, section by section. A section's items stay the data they come from and become rows
 * only when drawn or selected: a large book has tens of thousands of people waiting for a decision,
 * and making a row for each of them on every visit took longer than a frame.
 */
final class TodayRows {
    /** One row: a section heading (no action) or an item that opens somewhere; {@code contact} for follow-up keys. */
    record Entry(List<Span> spans, Optional<Function<Session, Step>> open, Optional<Contact> contact,
                 Function<View, List<Binding>> keys) {
        Entry(List<Span> spans, Optional<Function<Session, Step>> open, Optional<Contact> contact) {
            this(spans, open, contact, here -> contact.map(c -> FollowUpKeys.bindings(c, here)).orElse(List.of()));
        }

        static Entry heading(String text) {
            return new Entry(List.of(Span.of(text, Style.HEADLINE)), Optional.empty(), Optional.empty());
        }

        static Entry note(String text) {
            return new Entry(List.of(Span.of("  " + text, Style.DIM)), Optional.empty(), Optional.empty());
        }

        static Entry item(List<Span> spans, Function<Session, Step> open) {
            return new Entry(spans, Optional.of(open), Optional.empty());
        }

        static Entry person(List<Span> spans, Contact contact) {
            return new Entry(spans, Optional.of(s -> Step.open(ContactDetailView.load(contact.id(), s))),
                    Optional.of(contact));
        }
    }

    /** A heading, then its items or, when there are none, an optional note; only items can be selected. */
    record Section(Entry heading, List<Entry> items, Optional<Entry> whenEmpty) {
        static Section of(Entry heading, List<Entry> items) {
            return new Section(heading, items, Optional.empty());
        }

        static Section of(Entry heading, List<Entry> items, Entry whenEmpty) {
            return new Section(heading, items, Optional.of(whenEmpty));
        }

        int rows() {
            return 1 + (items.isEmpty() ? (whenEmpty.isPresent() ? 1 : 0) : items.size());
        }

        Entry row(int index) {
            if (index == 0) {
                return heading;
            }
            return items.isEmpty() ? whenEmpty.orElseThrow() : items.get(index - 1);
        }
    }

    private final List<Section> sections;

    TodayRows(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    /** The data as entries, each made when it is asked for. */
    static <T> List<Entry> lazily(List<T> data, Function<T, Entry> toEntry) {
        return new LazyEntries<>(List.copyOf(data), toEntry);
    }

    int size() {
        int rows = 0;
        for (Section section : sections) {
            rows += section.rows();
        }
        return rows;
    }

    Entry row(int index) {
        int offset = index;
        for (Section section : sections) {
            if (offset < section.rows()) {
                return section.row(offset);
            }
            offset -= section.rows();
        }
        throw new IndexOutOfBoundsException("Row " + index + " of " + size());
    }

    /** How many rows can be selected. */
    int items() {
        int items = 0;
        for (Section section : sections) {
            items += section.items().size();
        }
        return items;
    }

    /** The {@code item}th selectable row. */
    Entry item(int item) {
        return row(rowOf(item));
    }

    /** Where the {@code item}th selectable row is among all rows. */
    int rowOf(int item) {
        int offset = item;
        int rowsBefore = 0;
        for (Section section : sections) {
            if (offset < section.items().size()) {
                return rowsBefore + 1 + offset;
            }
            offset -= section.items().size();
            rowsBefore += section.rows();
        }
        throw new IndexOutOfBoundsException("Item " + item + " of " + items());
    }

    private static final class LazyEntries<T> extends AbstractList<Entry> implements RandomAccess {
        private final List<T> data;
        private final Function<T, Entry> toEntry;

        LazyEntries(List<T> data, Function<T, Entry> toEntry) {
            this.data = data;
            this.toEntry = toEntry;
        }

        @Override
        public Entry get(int index) {
            return toEntry.apply(data.get(index));
        }

        @Override
        public int size() {
            return data.size();
        }
    }
}
