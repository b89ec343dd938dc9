package dev.needle.application.port.in;

import dev.needle.domain.FollowUps;

/** Follow-ups overdue, due today and due this week, as of today. */
public interface ListFollowUpsUseCase {
    FollowUps followUpsDue();
}
