package dev.needle.application.service;

import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.Stage;

/** Logs a touchpoint and moves forward the needs it advanced and a contact still at "met". */
public final class LogInteractionService implements LogInteractionUseCase {
    private final InteractionStore interactions;
    private final ContactStore contacts;
    private final NeedStore needs;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;

    public LogInteractionService(InteractionStore interactions, ContactStore contacts, NeedStore needs, IdSource ids,
                                 ClockPort clock, Transactions transactions) {
        this.interactions = interactions;
        this.contacts = contacts;
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
