package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.mail.MailSender;
import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.domain.Contact;
import dev.needle.domain.PersonName;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code needle add-from-mail}: the reverse of {@code query}: a mail client pipes a message in (mutt's
 * {@code pipe-message}) and its sender becomes a contact, unless Needle knows the address already.
 */
@Command(name = "add-from-mail", mixinStandardHelpOptions = true,
        description = {"Read a mail message on stdin and add its sender (name and address from the From: header) "
                + "as a contact; a sender whose address is known already is left as it is and named.",
                "In mutt: macro index,pager A \"<pipe-message>needle add-from-mail<enter>\""},
        footer = {"  needle add-from-mail < message.eml"})
final class AddFromMailCommand extends Subcommand {
    @Override
    public Integer call() throws IOException {
        MailSender.Sender sender;
        try {
            sender = MailSender.read(System.in, "the message on stdin");
        } catch (InterchangeException e) {
            return fail(NeedleCommand.BAD_INPUT, English.followedBy(e.getMessage(), "nothing added"));
        }
        Optional<Contact> known = useCases().searchContacts().search(sender.email(), Integer.MAX_VALUE).stream()
                .filter(c -> c.reach().hasEmail(sender.email())).findFirst();
        if (known.isPresent()) {
            out().println(Printable.clean("Known already: " + known.get().id() + " " + known.get().name()
                    + " <" + sender.email() + ">"));
            return NeedleCommand.DONE;
        }
        String name = sender.name().isBlank() ? sender.email() : PersonName.givenNameFirst(sender.name());
        ImportReport report = useCases().importContacts().importContacts(List.of(new ImportedPerson(1, 1, name, "",
                "", List.of(sender.email()), List.of(), List.of(), List.of(), "", Optional.empty(), List.of())), false);
        ImportReport.Outcome outcome = report.outcomes().get(0);
        String what = switch (outcome.kind()) {
            case CREATED -> "Added";
            case MERGED -> "Added the address to " + outcome.reason() + ":";
            case UNCHANGED -> "Known already (" + outcome.reason() + "):";
            case SKIPPED -> "Not added (" + outcome.reason() + "):";
        };
        out().println(Printable.clean(what + " " + name + " <" + sender.email() + ">"));
        return outcome.kind() == ImportReport.Kind.SKIPPED ? NeedleCommand.BAD_INPUT : NeedleCommand.DONE;
    }
}
