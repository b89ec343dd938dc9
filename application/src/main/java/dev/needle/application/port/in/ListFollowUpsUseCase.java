package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.FollowUps;
import java.util.List;

/** Follow-ups overdue, due today and due this week, as of today; and everyone awaiting the after-event decision. */
public interface ListFollowUpsUseCase {
    FollowUps followUpsDue();

    /** Every contact awaiting the decision "follow up or close kindly", the longest waiting first. */
    List<Contact> undecided();
}
