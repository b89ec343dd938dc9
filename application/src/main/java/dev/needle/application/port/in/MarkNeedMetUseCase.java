package dev.needle.application.port.in;

import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;

/** Marks a need met by a contact, today. */
public interface MarkNeedMetUseCase {
    Need markMet(NeedId need, ContactId by);
}
