package dev.needle.domain;

import java.time.LocalDate;
import java.util.Set;

/** A touchpoint with a contact: what it cost in time and money, and which needs it moved forward. */
public record Interaction(InteractionId id, ContactId contact, LocalDate date, Channel channel, int minutes,
                          int travelMinutes, Expenses expenses, String notes, Set<NeedId> advanced) {
    private static final int DAY = 24 * 60;

    public Interaction {
        Check.notNull("interaction id", id);
        Check.notNull("contact", contact);
        Check.notNull("date", date);
        Check.notNull("channel", channel);
        Check.range("minutes", minutes, 0, DAY);
        Check.range("travel minutes", travelMinutes, 0, DAY);
        if (!channel.isFaceToFace() && travelMinutes > 0) {
            throw new InvalidValueException("travel minutes", "A " + channel.label() + " has no travel; travel minutes must be 0.");
        }
        expenses = expenses == null ? Expenses.NONE : expenses;
        notes = Check.optional("notes", notes, 20_000);
        advanced = Check.set("needs advanced", advanced);
    }

    /** Meeting plus travel. */
    public int totalMinutes() {
        return minutes + travelMinutes;
    }

    /** Whether this touchpoint is paid for by the face-to-face budget. */
    public boolean countsAgainstBudget() {
        return channel.isFaceToFace() || !expenses.total().isZero();
    }
}
