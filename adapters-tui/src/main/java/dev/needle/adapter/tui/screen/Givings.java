package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Assignable.Giving;
import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.TeammatePicker;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;

/** What {@code >} gives on each kind of row: a contact (as owner), their follow-up, a meeting. */
final class Givings {
    private Givings() {
    }

    static Giving owner(Contact c) {
        return new Giving(c.name(), whose -> whose.owner(c.id()),
                (to, s) -> s.useCases().mine().assign().assignOwner(c.id(), to));
    }

    static Giving followUp(Contact c) {
        return new Giving("the follow-up with " + c.name(), whose -> whose.followUp(c.id()),
                (to, s) -> s.useCases().mine().assign().assignFollowUp(c.id(), to));
    }

    static Giving meeting(MeetingRequest request, Contact c) {
        return meeting(request, c.name());
    }

    /** The meeting with the person named {@code name} (a row that holds only the name). */
    static Giving meeting(MeetingRequest request, String name) {
        return new Giving("the meeting with " + name, whose -> whose.meeting(request),
                (to, s) -> s.useCases().mine().assign().assignMeeting(request.id(), to));
    }

    /** The key itself, for rows that carry their own keys (Today's). */
    static Binding key(Giving giving) {
        return Binding.on(">", "give to…", (k, s) -> TeammatePicker.open(giving, s));
    }
}
