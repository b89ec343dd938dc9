package dev.needle.bench.data;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import java.util.List;
import java.util.Optional;

/** One generated address book with everything around it, in the shape of a full backup. */
public record DataSet(Direction direction, List<Need> needs, List<Event> events, List<Contact> contacts,
                      List<Interaction> interactions, List<MeetingRequest> requests, Budget budget) {

    public Backup asBackup() {
        return new Backup(List.of(direction), needs, contacts, events, interactions, requests, Optional.of(budget));
    }
}
