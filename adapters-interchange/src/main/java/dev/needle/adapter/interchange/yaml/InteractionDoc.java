package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.Money;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** An interaction in a backup. Interactions are facts and carry no version. */
record InteractionDoc(Long id, Long contact, LocalDate date, Channel channel, Integer minutes, Integer travelMinutes,
                      Map<ExpenseKind, Money> expenses, String notes, Set<Long> advanced) {
    Interaction toDomain() {
        Set<NeedId> needs = advanced == null ? Set.of() : advanced.stream().map(NeedId::new).collect(Collectors.toSet());
        return new Interaction(new InteractionId(Required.id(id)), new ContactId(Required.present("contact", contact)),
                Required.present("date", date), Required.present("channel", channel),
                minutes == null ? 0 : minutes, travelMinutes == null ? 0 : travelMinutes,
                new Expenses(expenses), notes, needs);
    }

    static InteractionDoc of(Interaction i) {
        return new InteractionDoc(i.id().value(), i.contact().value(), i.date(), i.channel(), i.minutes(),
                i.travelMinutes(), new TreeMap<>(i.expenses().byKind()), i.notes(),
                i.advanced().stream().map(NeedId::value).collect(Collectors.toCollection(TreeSet::new)));
    }
}
