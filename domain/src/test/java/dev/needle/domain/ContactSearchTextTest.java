package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactSearchTextTest {

    @Test
    void theFoldedNameStartsTheTextAndEndsWhereItSays() {
        Contact jose = Contact.capture(new ContactId(7), "José  Álvarez").edit().company("Ñandú").notes("Κρήτη").build();

        ContactSearchText text = ContactSearchText.of(jose);

        assertThat(text.id()).isEqualTo(jose.id());
        assertThat(text.text()).isEqualTo("jose alvarez nandu κρητη");
        assertThat(text.foldedName()).isEqualTo("jose alvarez");
        assertThat(text.text()).isEqualTo(jose.searchText());
    }

    /** A store keeps the text and compares it later with the text folded again: a set's order must not show. */
    @Test
    void tagsFoldInTheirOwnOrderWhateverOrderTheSetGivesThem() {
        Set<Tag> oneWay = new LinkedHashSet<>(List.of(Tag.of("Zither"), Tag.of("Álgebra"), Tag.of("chess")));
        Set<Tag> otherWay = new LinkedHashSet<>(List.of(Tag.of("chess"), Tag.of("Álgebra"), Tag.of("Zither")));

        ContactSearchFields first = new ContactSearchFields(new ContactId(1), "Ada", "", "", oneWay, otherWay, List.of(), "", "");
        ContactSearchFields second = new ContactSearchFields(new ContactId(1), "Ada", "", "", otherWay, oneWay, List.of(), "", "");

        assertThat(first.searchText()).isEqualTo(second.searchText())
                .isEqualTo("ada chess zither algebra chess zither algebra");
    }

    @Test
    void aFoldedNameLongerThanItsTextIsRefused() {
        assertThatThrownBy(() -> new ContactSearchText(new ContactId(1), "ada", 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
