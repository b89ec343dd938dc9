package dev.needle.adapter.tui.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.text.SafeText;
import dev.needle.application.port.in.RevertUseCase.Meanwhile;
import dev.needle.domain.FieldValue;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Whatever changed and however long, the line fits the terminal and ends its sentence. */
class ChangedMeanwhileLinePropertyTest {
    @Property(tries = 300)
    void theLineFitsAndEndsAsASentence(@ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("changes") Meanwhile> changes,
                                       @ForAll @IntRange(min = 40, max = 200) int width) {
        String line = ChangedMeanwhileLine.of(changes, width);

        assertThat(SafeText.width(line)).as(line).isLessThanOrEqualTo(width);
        assertThat(line).endsWith(".").doesNotContain("'s keep in touch").doesNotContain("\"'s");
    }

    @Test
    void eachKindOfRecordReadsAsASentence() {
        assertThat(ChangedMeanwhileLine.of(List.of(new Meanwhile("Maria Lopez", new FieldValue("role", "VP"))), 80))
                .isEqualTo("Changed in another session since: Maria Lopez's role is now \"VP\".");
        assertThat(ChangedMeanwhileLine.of(List.of(new Meanwhile("\"Second need\"", new FieldValue("title", "Intro"))), 80))
                .isEqualTo("Changed in another session since: the title of \"Second need\" is now \"Intro\".");
        assertThat(ChangedMeanwhileLine.of(List.of(new Meanwhile("the request of Bo Lind", new FieldValue("place", "Cafe"))),
                120)).isEqualTo("Changed in another session since: the place of the request of Bo Lind is now \"Cafe\".");
        assertThat(ChangedMeanwhileLine.of(List.of(new Meanwhile("keeping in touch with Ana", new FieldValue("", "monthly"))),
                80)).isEqualTo("Changed in another session since: keeping in touch with Ana is now \"monthly\".");
    }

    @Provide
    Arbitrary<Meanwhile> changes() {
        Arbitrary<String> labels = Arbitraries.oneOf(Arbitraries.strings().alpha().withChars(' ', '\'', '-').ofMinLength(1)
                .ofMaxLength(120), Arbitraries.of("Ana Lima", "\"Second need\"", "the request of Bo Lind", "Your budget",
                "keeping in touch with Ana Lima", "the cadence of tag mentors", "What you can offer"));
        Arbitrary<String> fields = Arbitraries.of("", "role", "notes", "private note", "owner");
        Arbitrary<String> values = Arbitraries.strings().withChars("abc xyz,.;\"é漢").ofMaxLength(300);
        return Combinators.combine(labels, fields, values).as((l, f, v) -> new Meanwhile(l, new FieldValue(f, v)));
    }
}
