package dev.needle.application.service;

import dev.needle.application.port.in.FollowUpUseCase;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Expenses;
import dev.needle.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Sets, snoozes and completes follow-ups; completing logs the interaction through the log use case. */
public final class FollowUpService implements FollowUpUseCase {
    private final ContactStore contacts;
    private final LogInteractionUseCase log;
    private final ClockPort clock;
    private final Transactions transactions;

    public FollowUpService(ContactStore contacts, LogInteractionUseCase log, ClockPort clock, Transactions transactions) {
        this.contacts = contacts;
        this.log = log;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Contact setFollowUp(ContactId id, Optional<LocalDate> on) {
        Contact contact = Records.contact(contacts, id);
        if (on.isPresent() && contact.isClosed()) {
            throw new InvalidValueException("follow up", contact.name() + " is closed kindly; reopen before following up.");
        }
        return contacts.save(on.map(contact::followUpOn).orElseGet(contact::withoutFollowUp));
    }

    @Override
    public Contact snooze(ContactId id, int days) {
        Contact contact = Records.contact(contacts, id);
        return setFollowUp(id, contact.snoozed(clock.today(), days).nextFollowUp());
    }

    @Override
    public Contact complete(Completion done) {
        return transactions.inTransaction(() -> {
            log.logInteraction(new LogInteractionUseCase.Command(done.contact(), Optional.empty(), done.channel(),
                    done.minutes(), 0, Expenses.NONE, done.notes(), Set.of()));
            // Logging may have moved the contact on a stage, so the follow-up is set on the fresh copy.
            return setFollowUp(done.contact(), done.next());
        });
    }
}
