package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.RequestStatus;
import org.junit.jupiter.api.Test;

/** Issue 14, section 1: where the user types, letters are text, and t always starts a new request. */
class TypedTextTest {

    @Test
    void aSentenceTypedAfterTOnAContactWithAWaitingRequestLandsInTheAskField() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee next week").enter().esc()) {
            // An earlier change the u in the sentence must not take back.
            tui.press('e').tab().tab().press(Key.ctrl('u')).type("Research Lead").press(Key.ctrl('s'));
            assertThat(w.useCases.viewContact().contact(ana.id()).role()).isEqualTo("Research Lead");
            tui.copied.clear();

            tui.press('t');
            assertThat(tui.text()).contains("1 request waiting — Enter opens it");
            tui.type("Lunch to meet the hiring lead");

            FormView form = (FormView) tui.ui.current();
            assertThat(form.field("ask").value()).isEqualTo("Lunch to meet the hiring lead");
            assertThat(tui.copied).as("nothing copied").isEmpty();
            assertThat(w.useCases.viewContact().contact(ana.id()).role()).as("nothing undone").isEqualTo("Research Lead");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).requests()).as("nothing decided")
                    .extracting(MeetingRequest::status).containsExactly(RequestStatus.PENDING);
            assertThat(tui.row(23)).doesNotContain("Undone").doesNotContain("copied").doesNotContain("Offered");

            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).requests()).extracting(MeetingRequest::ask)
                    .containsExactlyInAnyOrder("Coffee next week", "Lunch to meet the hiring lead");
        }
    }

    @Test
    void enterOnTheUntouchedRequestFormOpensTheWaitingRequest() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee next week").enter().esc()) {
            tui.press('t');
            assertThat(tui.ui.current().name()).isEqualTo("Meeting request");
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            assertThat(tui.text()).contains("Coffee next week");
            assertThat(w.useCases.listPendingRequests().pendingRequests()).hasSize(1);
        }
    }
}
