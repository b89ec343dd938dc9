package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A one-off search picks the people whose text holds every word by asking the text itself; the index
 * matches UTF-8 bytes. Both must pick the same people, whatever the characters: accents, other scripts,
 * pairs of surrogates and halves of one.
 */
class HoldsAllPropertyTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range('a', 'e'), Arbitraries.of(' ', '?', 'é',
                'и', '王', '\uD83D', '\uDE00', '\uDC00'));
        return chars.list().ofMaxSize(24).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::append);
            return text.toString();
        });
    }

    @Property(tries = 2000)
    void picksWhatTheBytesPick(@ForAll("texts") String text, @ForAll("texts") String first, @ForAll("texts") String second) {
        String[] words = {first, second};
        boolean byBytes = contains(text, first) && contains(text, second);

        assertThat(SearchSnapshot.Words.of(words).heldBy(text)).isEqualTo(byBytes);
    }

    @Example
    void aLoneHalfOfASurrogatePairMatchesAsTheBytesDo() {
        // UTF-8 cannot hold a lone half: both it and '?' are written as '?', so the index finds one with the other.
        assertThat(holdsAll("ab?cd", "\uD83D")).isTrue();
        assertThat(holdsAll("ab\uDC00cd", "?")).isTrue();
        assertThat(holdsAll("ana berg", "berg", "ana")).isTrue();
        assertThat(holdsAll("ana berg", "berg", "bo")).isFalse();
        assertThat(holdsAll("smile \uD83D\uDE00 ana", "\uD83D\uDE00", "ana")).isTrue();
    }

    private static boolean holdsAll(String text, String... words) {
        return SearchSnapshot.Words.of(words).heldBy(text);
    }

    private static boolean contains(String text, String word) {
        return SearchSnapshot.contains(text.getBytes(StandardCharsets.UTF_8), word.getBytes(StandardCharsets.UTF_8));
    }
}
