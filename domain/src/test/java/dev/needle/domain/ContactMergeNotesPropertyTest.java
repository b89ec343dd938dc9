package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The merge notes quote notes on one line, whatever whitespace the text had: the same as collapsing {@code \s+}. */
class ContactMergeNotesPropertyTest {

    @Property
    void aQuotedNoteHasItsWhitespaceRunsCollapsedLikeTheRegex(
            @ForAll @StringLength(min = 1, max = 60) @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0'})
            @CharRange(from = 'a', to = 'e') String known) {
        String expected = known.strip().replaceAll("\\s+", " ");
        expected = expected.length() <= 40 ? expected : expected.substring(0, 39) + "…";
        Contact before = Contact.capture(new ContactId(1), "Ana").edit().notes(known).build();
        Contact incoming = Contact.capture(new ContactId(1), "Ana").edit().notes("zzz").build();

        ContactMerge merge = before.absorb(incoming);

        if (!known.isBlank()) {
            assertThat(merge.notes()).contains("kept notes \"" + expected + "\", the file says \"zzz\"");
        }
    }
}
