package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Needle's own fields travel inside the card as X-NEEDLE-… properties (issue 17), so a card kept by a
 * CardDAV server or another address book comes back with them; CATEGORIES stay categories.
 */
class VCardNeedleFieldsTest {

    private static Contact zoe() {
        return Contact.created(new ContactId(7), "Zoë Ångström").edit()
                .offers(Set.of(Tag.of("market research"), Tag.of("intros to VCs; Berlin")))
                .lookingFor(Set.of(Tag.of("ux research")))
                .rapport(Rapport.of(4))
                .origin(new Origin(Optional.empty(), "Café Müller, Berlin", Optional.of(LocalDate.of(2024, 2, 29)),
                        Optional.empty()))
                .notes("Likes \\backslashes\\, commas; and\nline breaks")
                .build()
                .closeKindly("Thank you, Zoë!\nAll the best; truly \\o/", LocalDate.of(2025, 1, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "4.0"})
    void everyNeedleFieldComesBackFromAnExportedCard(String version) {
        Contact zoe = zoe();

        String card = CardImports.export(List.of(zoe), version);
        Contact back = CardImports.importText("zoe.vcf", card).contacts().get(0);

        assertThat(card).contains("X-NEEDLE-OFFER:market research").contains("X-NEEDLE-RAPPORT:4");
        assertThat(back.offers()).isEqualTo(zoe.offers());
        assertThat(back.lookingFor()).isEqualTo(zoe.lookingFor());
        assertThat(back.rapport()).isEqualTo(zoe.rapport());
        assertThat(back.stage()).isEqualTo(Stage.CLOSED_KINDLY);
        assertThat(back.closure()).isEqualTo(zoe.closure());
        assertThat(back.origin().place()).isEqualTo("Café Müller, Berlin");
        assertThat(back.origin().on()).isEqualTo(zoe.origin().on());
        assertThat(back.notes()).isEqualTo(zoe.notes());
        assertThat(back.foreignFields()).isEmpty();
    }

    @Test
    void anOpenStageAndItsFollowUpComeBack() {
        Contact bo = Contact.created(new ContactId(8), "Bo Chen").moveTo(Stage.MEETING_PROPOSED)
                .followUpOn(LocalDate.of(2026, 4, 1));

        Contact back = CardImports.importText("bo.vcf", CardImports.export(List.of(bo), "4.0")).contacts().get(0);

        assertThat(back.stage()).isEqualTo(Stage.MEETING_PROPOSED);
        assertThat(back.nextFollowUp()).contains(LocalDate.of(2026, 4, 1));
    }

    @Test
    void categoriesStayCategoriesAndAreNotWhatThePersonOffers() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nCATEGORIES:My Contacts,Starred in Android\r\nEND:VCARD\r\n";

        Contact ana = CardImports.importText("android.vcf", card).contacts().get(0);

        assertThat(ana.offers()).isEmpty();
        assertThat(ana.categories()).containsExactly("My Contacts", "Starred in Android");
        assertThat(CardImports.export(List.of(ana), "4.0")).contains("CATEGORIES:My Contacts,Starred in Android")
                .doesNotContain("X-NEEDLE-OFFER");
    }

    @Test
    void aBadNeedleValueIsLeftOutAndSaidButTheContactAndItsOtherFieldsStay() {
        String card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cy Dao\r\nX-NEEDLE-RAPPORT:11\r\nX-NEEDLE-FOLLOW-UP:next week\r\n"
                + "X-NEEDLE-OFFER:design reviews\r\nEND:VCARD\r\n";

        CardImports.Imported imported = CardImports.importText("cy.vcf", card);

        Contact cy = imported.contacts().get(0);
        assertThat(cy.offers()).containsExactly(Tag.of("design reviews"));
        assertThat(cy.rapport()).isEqualTo(Rapport.UNRATED);
        assertThat(cy.nextFollowUp()).isEmpty();
        assertThat(imported.report().outcomes().get(0).notes())
                .anySatisfy(note -> assertThat(note).contains("X-NEEDLE-RAPPORT").contains("11"))
                .anySatisfy(note -> assertThat(note).contains("X-NEEDLE-FOLLOW-UP").contains("not a date"));
    }

    @Test
    void aClosingWithoutItsMessageLeavesTheContactOpen() {
        String card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Di Eng\r\nX-NEEDLE-STAGE:closed kindly\r\nEND:VCARD\r\n";

        CardImports.Imported imported = CardImports.importText("di.vcf", card);

        assertThat(imported.contacts().get(0).stage()).isEqualTo(Stage.MET);
        assertThat(imported.report().outcomes().get(0).notes()).anySatisfy(note -> assertThat(note).contains("closing message"));
    }

}
