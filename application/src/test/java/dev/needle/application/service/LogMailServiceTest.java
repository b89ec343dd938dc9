package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.LogReport;
import dev.needle.application.port.in.MailAddress;
import dev.needle.application.port.in.MailMessage;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.MailReader;
import dev.needle.application.port.out.LoggedSources;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Reach;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LogMailServiceTest {
    /** The source keys in a map, as the stores keep them in a table. */
    static final class MapLoggedSources implements LoggedSources {
        final Map<String, Kind> keys = new HashMap<>();

        @Override
        public Set<String> loggedAmong(Collection<String> wanted) {
            return wanted.stream().filter(keys::containsKey).collect(Collectors.toSet());
        }

        @Override
        public void remember(String key, Kind kind, long recordId, LocalDate on) {
            if (keys.put(key, kind) != null) {
                throw new IllegalStateException("logged twice: " + key);
            }
        }
    }

    private static final MailAddress ME = new MailAddress("Me", "me@example.net");
    private static final MailAddress ANA = new MailAddress("Ana", "ana@example.org");
    private static final MailAddress BOB = new MailAddress("Bob", "Bob@Example.com");
    private static final MailAddress DEE = new MailAddress("Dee", "dee@elsewhere.example");
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 16, 9, 0);

    private final Fakes fakes = new Fakes();
    private final MapLoggedSources logged = new MapLoggedSources();
    private final List<MailMessage> mailbox = new ArrayList<>();
    private final LogInteractionService log = new LogInteractionService(fakes.interactions, fakes.contacts, fakes.requests, fakes.needs,
            fakes.ids, fakes.clock, fakes.transactions);
    private final LogMailService service = new LogMailService(source -> MailReader.Read.all(mailbox), fakes.contacts, logged, log,
            fakes.transactions);
    private final Contact ana = fakes.contacts.save(withEmail(1, "Ana Ruiz", "ANA@example.org"));
    private final Contact bob = fakes.contacts.save(withEmail(2, "Bob Stone", "bob@example.com"));

    private static Contact withEmail(long id, String name, String email) {
        // Through the draft, so the test does not depend on every component of the record.
        return Contact.capture(new ContactId(id), name).edit()
                .reach(new Reach(List.of(email), List.of(), List.of())).build();
    }

    private static MailMessage mail(String id, String thread, LocalDateTime at, MailAddress from, List<MailAddress> to,
                                    List<MailAddress> cc, String subject, MailMessage.Automation automation) {
        return new MailMessage("box/" + id, Optional.of(id), thread, at, from, to, cc, subject, automation);
    }

    private LogReport run(boolean dryRun) {
        return service.logMail(new LogMailUseCase.Command(
                new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, "box"), Set.of("ME@example.net"), dryRun));
    }

    @Test
    void aThreadOnOneDayIsOneInteractionPerContactSentOrReceivedByMyAddresses() {
        mailbox.add(mail("a1", "a1", MONDAY, ANA, List.of(ME), List.of(), "Coffee?", null));
        mailbox.add(mail("m2", "a1", MONDAY.plusHours(2), ME, List.of(ANA), List.of(BOB), "Re: Coffee?", null));
        mailbox.add(mail("a3", "a1", MONDAY.plusHours(3), ANA, List.of(ME), List.of(BOB), "Re: Re: Coffee?", null));
        mailbox.add(mail("a4", "a1", MONDAY.plusDays(1), ANA, List.of(ME), List.of(), "Re: Coffee?", null));

        LogReport report = run(false);

        List<Interaction> anas = fakes.interactions.findByContact(ana.id());
        assertThat(anas).extracting(Interaction::date).containsExactly(MONDAY.toLocalDate().plusDays(1), MONDAY.toLocalDate());
        assertThat(anas).allMatch(i -> i.channel() == Channel.EMAIL);
        assertThat(anas.get(1).notes()).isEqualTo("Emails exchanged: Coffee? (logged from mail)");
        assertThat(anas.get(0).notes()).startsWith("Email received: Coffee?");
        // Bob was written to once, and only copied on Ana's message: one interaction, sent.
        assertThat(fakes.interactions.findByContact(bob.id())).singleElement()
                .satisfies(i -> assertThat(i.notes()).startsWith("Email sent: Coffee?"));
        assertThat(report.interactions()).hasSize(3);
    }

    @Test
    void matchesAddressesOnTheListedCopiesWithoutReadingWholeContacts() {
        // A full screen's index answers findAllListed from memory; findAll would read every contact's
        // notes and photos from the database once more, for addresses the listed copies hold.
        ContactStore listedOnly = (ContactStore) Proxy.newProxyInstance(ContactStore.class.getClassLoader(),
                new Class<?>[] {ContactStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findAll")) {
                        throw new AssertionError("read every whole contact");
                    }
                    if (method.getName().equals("findAllListed")) {
                        return fakes.contacts.findAll().stream().map(c -> c.edit().notes("").build()).toList();
                    }
                    return method.invoke(fakes.contacts, args);
                });
        LogMailService overListed = new LogMailService(source -> MailReader.Read.all(mailbox), listedOnly, logged, log,
                fakes.transactions);
        mailbox.add(mail("a1", "a1", MONDAY, ANA, List.of(ME), List.of(BOB), "Coffee?", null));

        LogReport report = overListed.logMail(new LogMailUseCase.Command(
                new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, "box"), Set.of("me@example.net"), false));

        assertThat(report.interactions()).extracting(LogReport.Logged::contact).containsExactly(ana.id());
        assertThat(fakes.interactions.findByContact(ana.id())).singleElement()
                .satisfies(i -> assertThat(i.notes()).startsWith("Email received: Coffee?"));
    }

    @Test
    void runningAgainLogsNothingNewAndADryRunChangesNothing() {
        mailbox.add(mail("a1", "a1", MONDAY, ANA, List.of(ME), List.of(), "Coffee?", null));

        LogReport dry = run(true);
        assertThat(dry.interactions()).hasSize(1);
        assertThat(fakes.interactions.findByContact(ana.id())).isEmpty();
        assertThat(logged.keys).isEmpty();

        assertThat(run(false).interactions()).hasSize(1);
        LogReport again = run(false);
        assertThat(again.interactions()).isEmpty();
        assertThat(again.alreadyLogged()).isEqualTo(1);
        assertThat(fakes.interactions.findByContact(ana.id())).hasSize(1);
    }

    @Test
    void listsAutomaticMessagesAndNoReplySendersAreSkippedByRule() {
        mailbox.add(mail("l1", "l1", MONDAY, ANA, List.of(ME), List.of(), "digest",
                new MailMessage.Automation("<dev.lists.example.org>", "", "", "")));
        mailbox.add(mail("l2", "l2", MONDAY, ANA, List.of(ME), List.of(), "news",
                new MailMessage.Automation("", "", "Bulk", "")));
        mailbox.add(mail("l3", "l3", MONDAY, ANA, List.of(ME), List.of(), "away",
                new MailMessage.Automation("", "", "", "auto-replied")));
        mailbox.add(mail("n1", "n1", MONDAY, new MailAddress("", "no-reply@shop.example"), List.of(ME), List.of(), "order", null));
        mailbox.add(mail("n2", "n2", MONDAY, new MailAddress("", "MAILER-DAEMON@mx.example"), List.of(ME), List.of(), "bounce", null));

        LogReport report = run(false);

        assertThat(report.interactions()).isEmpty();
        assertThat(report.skipped()).containsEntry("mailing lists and newsletters", 2)
                .containsEntry("automatic messages", 1).containsEntry("no-reply senders", 2);
        assertThat(report.unknown()).isEmpty();
    }

    @Test
    void unknownCorrespondentsAreSuggestedWithTheirCountNeverAdded() {
        mailbox.add(mail("d1", "d1", MONDAY, DEE, List.of(ME), List.of(), "hello", null));
        mailbox.add(mail("d2", "d1", MONDAY.plusHours(1), ME, List.of(DEE), List.of(), "Re: hello", null));

        LogReport report = run(false);

        assertThat(report.unknown()).containsExactly(new LogReport.Suggestion("Dee", "dee@elsewhere.example", 2));
        assertThat(fakes.contacts.findAll()).extracting(Contact::name).containsExactly("Ana Ruiz", "Bob Stone");
    }

    @Test
    void withoutMyOwnAddressesTheDirectionCannotBeToldSoNothingIsLogged() {
        mailbox.add(mail("a1", "a1", MONDAY, ANA, List.of(ME), List.of(), "Coffee?", null));

        assertThatThrownBy(() -> service.logMail(new LogMailUseCase.Command(
                new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, "box"), Set.of(), false)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("me: addresses:");
        assertThat(fakes.interactions.findByContact(ana.id())).isEmpty();
    }
}
