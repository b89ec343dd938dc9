package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;

/**
 * Puts a record back as it was before a change: the earlier values are saved on top of whatever
 * version is stored now, so undo works after the change bumped the version.
 */
public interface RevertUseCase {
    Contact revertContact(Contact before);

    Need revertNeed(Need before);

    MeetingRequest revertRequest(MeetingRequest before);
}
