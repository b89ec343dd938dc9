package dev.needle.adapter.interchange.ics;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.LastTouch;
import dev.needle.domain.TouchDue;
import dev.needle.domain.TouchRule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The next keep-in-touch date of everyone a cadence applies to, from a backup's records, by the domain's rule. */
final class KeepInTouchDates {
    private KeepInTouchDates() {
    }

    static List<TouchDue> of(Backup data) {
        Map<ContactId, KeepInTouch> settings = data.cadences().people().stream()
                .collect(Collectors.toMap(KeepInTouch::contact, Function.identity()));
        Map<ContactId, LastTouch> last = new HashMap<>();
        data.interactions().stream().sorted(Comparator.comparing(Interaction::date).thenComparing(Interaction::id))
                .forEach(i -> last.put(i.contact(), new LastTouch(i.contact(), i.date(), i.channel())));
        return TouchRule.dueBy(LocalDate.MAX, data.contacts(), settings, data.cadences().tags(), last);
    }
}
