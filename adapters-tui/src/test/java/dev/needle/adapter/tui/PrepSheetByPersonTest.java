package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The prep sheet at 80x24, opened from Today on tonight's meetup: whom to ask what comes first, a block
 * per person expected, then the people to greet and what to ask anyone. It listed the questions per need.
 */
class PrepSheetByPersonTest {
    @Test
    void thePrepSheetOpensOnTheFirstPersonToTalkToWithQuestionsWordedForThem() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.addNeed().addNeed(new AddNeedUseCase.Command("Intro to Sonae legal", NeedKind.INTRODUCTION,
                List.of(Target.company("Sonae"), Target.role("in-house counsel")), ""));
        w.useCases.addNeed().addNeed(new AddNeedUseCase.Command("A recruiter for legal roles", NeedKind.OTHER,
                List.of(Target.role("legal recruiter")), ""));
        Contact rita = Seeds.contact(w, "Rita Sousa", "Sonae", "Senior Legal Counsel");
        rita = w.useCases.editContact().editContact(rita.edit().lookingFor(Set.of(Tag.of("ux design"))).build());
        Contact ben = Seeds.contact(w, "Ben Okafor", "Bluebird", "Designer");
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "Porto Legal Tech #4", Fakes.TODAY, "UPTEC")
                .at(EventTime.read("19:00")).expecting(rita.id()).expecting(ben.id()));

        try (Tui tui = Tui.on(w)) {
            tui.press('p');
            assertThat(tui.ui.current().name()).isEqualTo("Prep sheet");
            int top = tui.rowOf("Porto Legal Tech #4 ·");
            List<String> lines = new java.util.ArrayList<>();
            for (int r = top; r < 22; r++) {
                lines.add(tui.row(r).stripTrailing());
            }
            assertThat(lines).containsExactly(
                    "Porto Legal Tech #4 · Wed 2026-03-18 19:00 · UPTEC",
                    "",
                    "Who to talk to",
                    "",
                    "Rita Sousa · Senior Legal Counsel, Sonae",
                    "   Met on 2026-03-18.",
                    "   Fits need 1, Intro to Sonae legal: works at Sonae.",
                    "   Ask: Rita, do you know an in-house counsel at Sonae who would take a short",
                    "        call with me?",
                    "   Rita looks for UX design: you can help.",
                    "",
                    "Also expected: say hello",
                    "   Ben Okafor · Designer, Bluebird",
                    "",
                    "Ask anyone you meet",
                    "2. A recruiter for legal roles  other",
                    "   Ask: Do you know a legal recruiter who could help me?",
                    "",
                    "What you can offer",
                    "   You offer UX design: mention it to the people you meet.");
            assertThat(lines).allMatch(line -> line.length() <= 80);
        }
    }

    @Test
    void aLongSheetPagesAndGoesToItsEndAndBackAtOnce() throws Exception {
        // Only j/k scrolled, a line at a time, and j past the end had to be undone by as many k.
        Wiring w = Seeds.withDirection();
        Event meetup = Event.plan(new EventId(1), "Porto Legal Tech #4", Fakes.TODAY, "UPTEC").at(EventTime.read("19:00"));
        for (int i = 0; i < 30; i++) {
            meetup = meetup.expecting(Seeds.contact(w, "Guest " + (10 + i), "Bluebird", "Designer").id());
        }
        w.useCases.week().planEvent().saveEvent(meetup);

        try (Tui tui = Tui.on(w)) {
            tui.press('p');
            assertThat(tui.row(2)).startsWith("Porto Legal Tech #4 ·");
            tui.press(dev.needle.adapter.tui.core.Key.of(dev.needle.adapter.tui.core.Key.Type.PAGE_DOWN));
            assertThat(tui.text()).doesNotContain("Porto Legal Tech #4 ·").contains("Guest 30");
            tui.press('G');
            assertThat(tui.row(21)).contains("You offer UX design");
            tui.press('j', 'j', 'k');
            assertThat(tui.row(21)).as("one k after the end moves at once").doesNotContain("You offer UX design");
            tui.press('g');
            assertThat(tui.row(2)).startsWith("Porto Legal Tech #4 ·");
            tui.press('?');
            assertThat(tui.text()).contains("PgUp/PgDn").contains("g/G Home/End");
        }
    }
}
