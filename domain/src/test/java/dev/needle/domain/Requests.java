package dev.needle.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Test-data builder for pending meeting requests: an hour's coffee nearby unless told otherwise. */
public final class Requests {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private Requests() {
    }

    public static Builder from(Contact contact) {
        return new Builder(contact.id());
    }

    /** Fluent builder; {@link #build()} goes through the real constructor and its checks. */
    public static final class Builder {
        private final ContactId contact;
        private Channel format = Channel.COFFEE;
        private int minutes = 60;
        private int travelMinutes = 20;
        private Money money = Money.parse("8");
        private String ask = "Could we meet for coffee?";
        private Initiator initiator = Initiator.THEM;

        private Builder(ContactId contact) {
            this.contact = contact;
        }

        public Builder format(Channel value) { format = value; return this; }
        public Builder minutes(int value) { minutes = value; return this; }
        public Builder travel(int value) { travelMinutes = value; return this; }
        public Builder money(String value) { money = Money.parse(value); return this; }
        public Builder ask(String value) { ask = value; return this; }
        public Builder initiator(Initiator value) { initiator = value; return this; }

        public MeetingRequest build() {
            return MeetingRequest.pending(new MeetingRequestId(NEXT_ID.getAndIncrement()), contact, LocalDate.of(2024, 5, 15),
                    initiator, ask, format, format.isFaceToFace() ? "Café Central" : "",
                    Optional.empty(), new CostEstimate(minutes, travelMinutes, money));
        }
    }
}
