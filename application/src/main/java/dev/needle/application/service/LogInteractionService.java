package dev.needle.application.service;

import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.Stage;

/**
 * Logs a touchpoint and moves forward the needs it advanced and a contact still at "met"; a log of the
 * meeting set with them marks that meeting held, in the same unit of work.
 */
public final class LogInteractionService implements LogInteractionUseCase {
    private final InteractionStore interactions;
    private final ContactStore contacts;
    private final MeetingRequestStore requests;
    private final NeedStore needs;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;

    public LogInteractionService(InteractionStore interactions, ContactStore contacts, MeetingRequestStore requests,
                                 NeedStore needs, IdSource ids, ClockPort clock, Transactions transactions) {
        this.interactions = interactions;
        this.contacts = contacts;
        this.requests = requests;
        this.needs = needs;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Interaction logInteraction(Command command) {
        return transactions.inTransaction(() -> {
            Contact contact = Records.contact(contacts, command.contact());
            Interaction logged = interactions.add(new Interaction(new InteractionId(ids.next()), contact.id(),
                    command.date().orElseGet(clock::today), command.channel(), command.minutes(),
                    command.travelMinutes(), command.expenses(), command.notes(), command.advanced()));
            // Held once: a meeting logged meanwhile (another session) or dated far from this log stays as it is.
            command.meeting().flatMap(requests::find)
                    .filter(r -> r.contact().equals(contact.id()) && r.isHeldOn(logged.date()))
                    .ifPresent(r -> requests.save(r.held()));
            for (NeedId id : command.advanced()) {
                Need need = Records.need(needs, id);
                Need advanced = need.advanced();
                if (!advanced.equals(need)) {
                    needs.save(advanced);
                }
            }
            if (contact.stage() == Stage.MET || contact.stage() == Stage.NOT_MET_YET) {
                contacts.save(contact.moveTo(Stage.FOLLOWING_UP));
            }
            return logged;
        });
    }
}
