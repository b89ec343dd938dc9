package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.HostileText;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prep sheet's Markdown, written from names, titles and places that carry the hostile corpus. */
class PrepSheetHostileTextTest {
    private final Fakes fakes = new Fakes();

    @Test
    void noControlEscapeOrBidiCharacterReachesTheMarkdownAndEveryLineIsNeedlesOwn() {
        List<String> values = HostileText.everyRaw();
        for (int i = 0; i < values.size(); i++) {
            fakes.needs.save(Need.open(new NeedId(100 + i), values.get(i), NeedKind.INTRODUCTION,
                    List.of(Target.company("Acme")), i + 1));
            fakes.contacts.save(Contact.capture(new ContactId(1 + i), values.get(i)).edit().company("Acme")
                    .role(values.get((i + 1) % values.size())).build());
        }
        // Half of them are expected, so their names and roles head blocks of their own.
        Event planned = Event.plan(new EventId(500), HostileText.CORPUS.get(0).raw(),
                Fakes.TODAY.plusDays(1), HostileText.CORPUS.get(2).raw());
        for (int i = 0; i < values.size() / 2; i++) {
            planned = planned.expecting(new ContactId(1 + i));
        }
        Event event = fakes.events.save(planned);
        ExportPrepSheetService export = new ExportPrepSheetService(
                new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, dev.needle.domain.triage.TriageSettings.defaults()));

        String md = export.markdown(event.id());

        HostileText.assertSafe("the prep sheet", md);
        HostileText.assertShown("the prep sheet", md);
        assertThat(md).startsWith("# Prep sheet: " + HostileText.CORPUS.get(0).shown() + "\n")
                .contains(" · " + HostileText.CORPUS.get(2).shown() + "\n");
        List<String> people = md.lines().filter(line -> line.startsWith("### ") && !line.matches("### \\d+\\. .*")).toList();
        assertThat(people).as("one heading per person expected, each on its own line").hasSize(values.size() / 2);
        // Everyone fits every need (they all work at Acme), so the people there are asked about needs 1 and 2.
        List<String> strangers = md.lines().dropWhile(line -> !line.equals("## Ask anyone you meet"))
                .filter(line -> line.startsWith("### ")).limit(values.size() - 2).toList();
        for (int i = 2; i < values.size(); i++) {
            assertThat(strangers.get(i - 2)).isEqualTo("### " + (i + 1) + ". " + HostileText.everyShown().get(i));
        }
        assertThat(md.lines().filter(line -> !line.isEmpty()))
                .as("every line starts as Needle writes it: no data field breaks a line")
                .allMatch(line -> line.matches("(# Prep sheet: |## (Who to talk to|Ask anyone you meet|Others you know who can help)$"
                        + "|### |\\*introduction|Ask: |- Fits need|- Ask: |- \\*\\*|\\d{4}-\\d{2}-\\d{2}).*"));
    }
}
