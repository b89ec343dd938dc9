package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldGroupsTest {
    private static final List<String> PHONE = List.of("item1.X-NEEDLE-GROUP:TEL:+49 170 1234567", "item1.X-ABLabel:Mobile-Work",
            "X-SKYPE:lena.weber");
    private static final List<String> MAC = List.of("item1.ADR;TYPE=HOME:;;Lindenstraße 5;Berlin;;10969;Germany",
            "item1.X-ABLabel:_$!<Home>!$_", "ITEM2.URL:https://lena.example", "ITEM2.X-ABLabel:_$!<HomePage>!$_");

    @Test
    void anIncomingGroupWhoseNameIsTakenGetsTheFirstFreeNumberAndKeepsItsLinesTogether() {
        assertThat(FieldGroups.united(PHONE, MAC)).containsExactly("item1.X-NEEDLE-GROUP:TEL:+49 170 1234567",
                "item1.X-ABLabel:Mobile-Work", "X-SKYPE:lena.weber",
                "item3.ADR;TYPE=HOME:;;Lindenstraße 5;Berlin;;10969;Germany", "item3.X-ABLabel:_$!<Home>!$_",
                "ITEM2.URL:https://lena.example", "ITEM2.X-ABLabel:_$!<HomePage>!$_");
    }

    @Test
    void aGroupAlreadyHeldUnderAnyNameAddsNothing() {
        List<String> merged = FieldGroups.united(PHONE, MAC);

        assertThat(FieldGroups.united(merged, MAC)).isEqualTo(merged);
        assertThat(FieldGroups.united(merged, PHONE)).isEqualTo(merged);
        assertThat(FieldGroups.united(List.of("ITEM1.X-ABLabel:Uni"), List.of("item1.X-ABLabel:Uni"))).containsExactly("ITEM1.X-ABLabel:Uni");
    }

    @Test
    void aDotInAValueOrParameterIsNoGroup() {
        assertThat(FieldGroups.groupEnd("X-SKYPE:lena.weber")).isEqualTo(-1);
        assertThat(FieldGroups.groupEnd("NOTE;X-A=\"a.b\":c")).isEqualTo(-1);
        assertThat(FieldGroups.groupEnd(".TEL:1")).isEqualTo(-1);
        assertThat(FieldGroups.groupEnd("home-2.TEL:1")).isEqualTo(6);
    }

    @Test
    void aPhotoInTheVersion3FormIsTheSamePhotoAsItsDataUri() {
        List<String> known = List.of("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ");

        assertThat(FieldGroups.united(known, List.of("PHOTO;TYPE=JPEG:data:image/jpeg;base64,/9j/4AAQ"))).isEqualTo(known);
        assertThat(FieldGroups.united(known, List.of("PHOTO;TYPE=JPEG:data:image/jpeg;base64,/9j/5BBR")))
                .containsExactly("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ", "PHOTO;TYPE=JPEG:data:image/jpeg;base64,/9j/5BBR");
    }
}
