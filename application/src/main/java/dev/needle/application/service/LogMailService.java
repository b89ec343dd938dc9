package dev.needle.application.service;

import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.LogReport;
import dev.needle.application.port.in.MailAddress;
import dev.needle.application.port.in.MailMessage;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.LoggedSources;
import dev.needle.application.port.out.MailReader;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns mail headers into email interactions. A message from one of the user's own addresses is an
 * email sent to each known contact in To: and Cc:; any other message is one received from its sender,
 * when the sender is a known contact (a contact only copied on someone else's message was not written
 * to). Messages of one thread on one day with one contact make one interaction, keyed by the thread's
 * first Message-ID, the day and the contact, so reading the same mail again adds nothing.
 */
public final class LogMailService implements LogMailUseCase {
    private final MailReader reader;
    private final ContactStore contacts;
    private final LoggedSources logged;
    private final LogInteractionUseCase log;
    private final Transactions transactions;

    public LogMailService(MailReader reader, ContactStore contacts, LoggedSources logged, LogInteractionUseCase log,
                          Transactions transactions) {
        this.reader = reader;
        this.contacts = contacts;
        this.logged = logged;
        this.log = log;
        this.transactions = transactions;
    }

    /** One thread on one day with one contact, and which ways its messages went. */
    private static final class Exchange {
        final Contact contact;
        final LocalDate day;
        final String topic;
        boolean sent;
        boolean received;

        Exchange(Contact contact, LocalDate day, String topic) {
            this.contact = contact;
            this.day = day;
            this.topic = topic;
        }

        String notes() {
            String how = sent && received ? "Emails exchanged" : sent ? "Email sent" : "Email received";
            return how + ": " + topic + " (logged from mail)";
        }
    }

    @Override
    public LogReport logMail(Command command) {
        if (command.me().isEmpty()) {
            throw new InvalidValueException("your addresses", "Needle does not know your own mail addresses, so it "
                    + "cannot tell mail you sent from mail you received; list them under me: addresses: in "
                    + "config.yaml (or set notmuch's user.primary_email)");
        }
        MailReader.Read read = reader.read(command.source());
        List<MailMessage> messages = read.messages();
        return transactions.inTransaction(() -> {
            KnownAddresses known = new KnownAddresses(contacts, command.me());
            Map<String, Exchange> exchanges = new LinkedHashMap<>();
            Map<String, Integer> skipped = new TreeMap<>();
            Map<String, Unknown> unknown = new LinkedHashMap<>();
            for (MailMessage message : messages.stream().sorted(Comparator.comparing(MailMessage::sent)).toList()) {
                Optional<String> automated = MailRules.automated(message);
                if (automated.isEmpty() && MailRules.isNoReply(message.from().email())) {
                    automated = Optional.of(MailRules.NO_REPLY);
                }
                if (automated.isPresent()) {
                    skipped.merge(automated.get(), 1, Integer::sum);
                    continue;
                }
                boolean fromMe = known.isMine(message.from());
                List<MailAddress> others = new ArrayList<>();
                if (fromMe) {
                    others.addAll(message.to());
                    others.addAll(message.cc());
                } else {
                    others.add(message.from());
                }
                boolean anyKnown = false;
                for (MailAddress other : others) {
                    if (known.isMine(other) || MailRules.isNoReply(other.email())) {
                        continue;
                    }
                    Optional<Contact> contact = known.contact(other);
                    if (contact.isEmpty()) {
                        unknown.computeIfAbsent(other.key(), k -> new Unknown()).saw(other);
                        continue;
                    }
                    anyKnown = true;
                    LocalDate day = message.sent().toLocalDate();
                    String key = "mail|" + message.threadId() + "|" + day + "|" + contact.get().id().value();
                    Exchange exchange = exchanges.computeIfAbsent(key,
                            k -> new Exchange(contact.get(), day, MailRules.topic(message.subject())));
                    if (fromMe) {
                        exchange.sent = true;
                    } else {
                        exchange.received = true;
                    }
                }
                if (!anyKnown) {
                    skipped.merge(MailRules.NOBODY_KNOWN, 1, Integer::sum);
                }
            }
            var before = logged.loggedAmong(exchanges.keySet());
            List<LogReport.Logged> added = new ArrayList<>();
            exchanges.forEach((key, exchange) -> {
                if (before.contains(key)) {
                    return;
                }
                added.add(new LogReport.Logged(exchange.contact.id(), exchange.contact.name(), exchange.day,
                        Channel.EMAIL, 0, exchange.notes()));
                if (!command.dryRun()) {
                    var interaction = log.logInteraction(new LogInteractionUseCase.Command(exchange.contact.id(),
                            Optional.of(exchange.day), Channel.EMAIL, 0, 0, null, exchange.notes(), java.util.Set.of()));
                    logged.remember(key, LoggedSources.Kind.INTERACTION, interaction.id().value(), exchange.day);
                }
            });
            if (!read.unreadable().isEmpty()) {
                skipped.put(MailRules.UNREADABLE, read.unreadable().size());
            }
            return new LogReport(command.source().describe(), messages.size() + read.unreadable().size(), added,
                    List.of(), List.of(), exchanges.size() - added.size(), skipped, Unknown.suggestions(unknown),
                    command.dryRun(), read.unreadable());
        });
    }

    /** An address nobody in Needle has: the name it was last written with, and how often it came up. */
    private static final class Unknown {
        String email;
        String name = "";
        int messages;

        void saw(MailAddress address) {
            email = address.email();
            if (!address.name().isBlank()) {
                name = address.name();
            }
            messages++;
        }

        static List<LogReport.Suggestion> suggestions(Map<String, Unknown> unknown) {
            return unknown.values().stream()
                    .sorted(Comparator.comparingInt((Unknown u) -> -u.messages).thenComparing(u -> u.email))
                    .map(u -> new LogReport.Suggestion(u.name, u.email, u.messages))
                    .toList();
        }
    }
}
