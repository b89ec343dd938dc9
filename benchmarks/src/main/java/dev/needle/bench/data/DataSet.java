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
                      List<Interaction> interactions, List<MeetingRequest> requests, Budget budget,
                      Backup.Cadences cadences) {

    /** As a backup file holds it: every record stored once already (version 1). */
    public Backup asBackup() {
        return new Backup(List.of(direction.withVersion(1)), needs.stream().map(n -> n.withVersion(1)).toList(),
                contacts.stream().map(c -> c.withVersion(1)).toList(), events.stream().map(e -> e.withVersion(1)).toList(),
                interactions, requests.stream().map(r -> r.withVersion(1)).toList(), Optional.of(budget), cadences);
    }
}
