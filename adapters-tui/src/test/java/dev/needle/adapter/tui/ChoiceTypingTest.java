package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import org.junit.jupiter.api.Test;

/** Letters typed into a choice field choose by name, as a list does; letters that name nothing say what can be chosen. */
class ChoiceTypingTest {

    @Test
    void typingAChoicesNameChoosesIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("Portfolio review").tab().type("video call");
            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("video call");

            tui.tab().tab().type("I");
            assertThat(((FormView) tui.ui.current()).field("initiator").value()).isEqualTo("I ask");

            tui.enter();
            assertThat(w.useCases.viewContact().viewContact(ana.id()).requests()).extracting(MeetingRequest::format)
                    .containsExactly(Channel.VIDEO);
        }
    }

    @Test
    void aWordThatNamesNoChoiceSaysWhatCanBeChosenAndLeavesTheChoiceAsItWas() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("Portfolio review").tab().type("a postcard");

            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("coffee");
            assertThat(tui.row(23)).contains("Format is one of: in person, coffee, call, video call, email, message.");

            // The "e" of a wrong word does not choose email.
            tui.type(" or phone");
            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("coffee");

            // After a name, a new one: "call" then "v" is video call.
            tui.press(Key.ctrl('u')).type("callv");
            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("video call");
        }
    }

    @Test
    void aWordInsideAChoicesNameChoosesItToo() throws Exception {
        // "partner" typed into a business need's Kind left it on "leads": the choice is "vendor or partner".
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            tui.type("A ground-floor space").tab().type("partner");
            assertThat(((FormView) tui.ui.current()).field("kind").value()).isEqualTo("vendor or partner");
        }
    }

    @Test
    void aChoiceFieldRefusesAWordThatNamesNothingAndWhatIsTypedNextReplacesIt() throws Exception {
        // Down after a word that names no format stayed on the format, and the place typed next piled
        // onto "a postcard": "a postcardCafé Santiago" named nothing either, and only Ctrl-U got out.
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("Portfolio review").tab().type("a postcard").press(Key.of(Key.Type.DOWN));

            assertThat(((FormView) tui.ui.current()).focused().key()).isEqualTo("format");
            assertThat(tui.row(5)).contains("Format").contains("a postcard").doesNotContain("coffee");
            assertThat(tui.row(6)).contains("! \"a postcard\" is none of them; type one over it");
            assertThat(tui.row(7)).contains("Place");
            assertThat(tui.row(23)).contains("Format is one of: in person, coffee, call, video call, email, message.");

            tui.enter();
            assertThat(w.useCases.viewContact().viewContact(ana.id()).requests()).isEmpty();

            tui.type("video call").tab();
            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("video call");
            assertThat(((FormView) tui.ui.current()).focused().key()).isEqualTo("place");
            assertThat(tui.text()).doesNotContain("none of them");
        }
    }

    @Test
    void theWordsPeopleUseForAFormatChooseIt() throws Exception {
        // "lunch" was refused as none of the formats, and the place, day and time typed after Tab
        // went on into the format field.
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("Portfolio review").tab().type("lunch");
            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("in person");
            tui.press(Key.ctrl('u')).type("zoom");
            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("video call");
            tui.press(Key.ctrl('u')).type("WhatsApp");
            assertThat(((FormView) tui.ui.current()).field("format").value()).isEqualTo("message");
            tui.press(Key.ctrl('u')).type("lunch").tab().type("Café Santiago");
            assertThat(((FormView) tui.ui.current()).field("place").value()).isEqualTo("Café Santiago");

            tui.enter();
            assertThat(w.useCases.viewContact().viewContact(ana.id()).requests()).extracting(MeetingRequest::format)
                    .containsExactly(Channel.IN_PERSON);
        }
    }
}
