package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NicknamesTest {

    @Test
    void nicknamesAreReadFromTheKeptLinesWhateverTheirGroupParametersAndEscapes() {
        List<String> kept = List.of("BDAY:1988-03-14", "NICKNAME:Bob,Bobby", "item2.nickname;TYPE=work:Rob\\, the \"builder\"",
                "NICKNAME;X-LABEL=\"a:b\":Robbie", "X-NICKNAME:not this", "NICKNAMES:nor this", "PHOTO:data:image/jpeg;base64,AAAA");

        assertThat(Nicknames.in(kept)).isEqualTo("Bob Bobby Rob, the \"builder\" Robbie");
        assertThat(Nicknames.in(List.of("NOTE:nickname: Bob", "NICKNAME"))).isEmpty();
    }

    @Test
    void theNicknameLinesAreAllASearchNeedsOfTheKeptOnes() {
        List<String> kept = List.of("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==", "item2.NICKNAME:Rob", "X-NICKNAME:not this",
                "BDAY:1988-03-14", "NICKNAME:Bobby");

        assertThat(Nicknames.lines(kept)).containsExactly("item2.NICKNAME:Rob", "NICKNAME:Bobby");
        assertThat(Nicknames.in(Nicknames.lines(kept))).isEqualTo(Nicknames.in(kept));
        assertThat(Nicknames.lines(List.of("PHOTO:data:image/jpeg;base64,AAAA"))).isEmpty();
    }

    @Test
    void aNicknameIsSearchedAfterTheNameAndTheTextOfOthersStaysAsItWas() {
        Contact robert = Contact.capture(new ContactId(3), "Robert Fischer").edit().company("Acme")
                .foreignFields(List.of("NICKNAME:Böb")).build();
        Contact ada = Contact.capture(new ContactId(4), "Ada").edit().company("Acme").build();

        assertThat(robert.searchText()).isEqualTo("robert fischer bob acme");
        assertThat(ContactSearchText.of(robert).foldedName()).isEqualTo("robert fischer");
        assertThat(ada.searchText()).isEqualTo("ada acme");
    }
}
