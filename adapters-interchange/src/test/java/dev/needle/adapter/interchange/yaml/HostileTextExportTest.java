package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.ics.IcsCalendar;
import dev.needle.adapter.interchange.vcard.VCardFileReader;
import dev.needle.adapter.interchange.vcard.VCardFileWriter;
import dev.needle.application.HostileText;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Reach;
import dev.needle.domain.Schedule;
import dev.needle.domain.Tag;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Export files carry the hostile corpus without a raw control: YAML keeps every value exactly through
 * its own escapes; vCard and iCalendar, which have no escape for a control character, carry the
 * cleaned text (PrintableText), as every other output does.
 */
class HostileTextExportTest {
    private final Backup backup = hostileBackup();

    private static Backup hostileBackup() {
        List<String> raw = HostileText.everyRaw();
        List<Contact> contacts = new ArrayList<>();
        List<MeetingRequest> requests = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            String next = raw.get((i + 1) % raw.size());
            Contact contact = Contact.capture(new ContactId(100 + i), text).edit().company(next).role(text)
                    .reach(new Reach(List.of("a" + i + "@example.org"), List.of(), List.of()))
                    .offers(Set.of(Tag.of(text))).notes(text + "\n" + next).version(1).build()
                    .followUpOn(LocalDate.of(2026, 3, 25));
            contacts.add(contact);
            requests.add(MeetingRequest.pending(new MeetingRequestId(500 + i), contact.id(), LocalDate.of(2026, 3, 18),
                            Initiator.THEM, next, Channel.COFFEE, text, Optional.empty(),
                            new CostEstimate(60, 20, Money.parse("4.50")))
                    .accept(new Schedule(LocalDateTime.of(2026, 3, 20, 14, 30), text, Channel.COFFEE, 45), next)
                    .withVersion(2));
        }
        return new Backup(List.of(), List.of(), contacts, List.of(), List.of(), requests, Optional.empty());
    }

    @Test
    void aYamlBackupEscapesEveryControlAndBidiCharacterAndRestoresEveryValueExactly() {
        StringWriter out = new StringWriter();
        new NeedleYaml().writeBackup(backup, out);

        HostileText.assertSafe("the YAML backup", out.toString());
        BackupFile read = (BackupFile) new NeedleYaml().read("backup.yaml", out.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.backup()).isEqualTo(backup);
    }

    @Test
    void aVCardExportHoldsTheCleanedTextAndReadsBackAsIt() {
        StringWriter out = new StringWriter();
        new VCardFileWriter("4.0").write(backup.contacts(), out, "export.vcf");

        HostileText.assertSafeWithCrLf("the vCard export", out.toString());
        List<String> names = new VCardFileReader().read("export.vcf", out.toString().getBytes(StandardCharsets.UTF_8))
                .stream().map(ImportedPerson::name).toList();
        assertThat(names).containsExactlyElementsOf(HostileText.everyShown());
    }

    @Test
    void anIcsExportHoldsTheCleanedText() {
        StringWriter out = new StringWriter();
        new IcsCalendar(ZoneId.of("Europe/Berlin")).write(backup, Instant.parse("2026-03-18T10:00:00Z"), out);

        HostileText.assertSafeWithCrLf("the iCalendar export", out.toString());
        String unfolded = out.toString().replace("\r\n ", "").replace("\\;", ";").replace("\\,", ",");
        HostileText.everyShown().forEach(shown -> assertThat(unfolded).contains("SUMMARY:Meet " + shown + "\r\n"));
    }
}
