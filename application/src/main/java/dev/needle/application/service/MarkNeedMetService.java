package dev.needle.application.service;

import dev.needle.application.port.in.MarkNeedMetUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;

/** Records that a contact met a need, today. */
public final class MarkNeedMetService implements MarkNeedMetUseCase {
    private final NeedStore needs;
    private final ContactStore contacts;
    private final ClockPort clock;

    public MarkNeedMetService(NeedStore needs, ContactStore contacts, ClockPort clock) {
        this.needs = needs;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Need markMet(NeedId id, ContactId by) {
        Need need = Records.need(needs, id);
        // Credit only someone who exists; a contact deleted meanwhile would leave a dangling name.
        Records.contact(contacts, by);
        return needs.save(need.markMet(by, clock.today()));
    }
}
