package dev.needle.domain.triage;

import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Small builders for the words tests: a request with who asked, format, place, travel and money. */
final class Cases {
    private static final AtomicLong NEXT = new AtomicLong(5000);
    static final Budget BUDGET = new Budget(240, Money.parse("40"));

    private Cases() {
    }

    static MeetingRequest request(Contact contact, Initiator who, Channel format, String place, int travel, String money) {
        return MeetingRequest.pending(new MeetingRequestId(NEXT.incrementAndGet()), contact.id(), LocalDate.of(2026, 11, 2),
                who, "", format, place, Optional.empty(), new CostEstimate(60, travel, Money.parse(money)));
    }

    static BudgetStatus spent(int minutes, String money) {
        return new BudgetStatus(BUDGET, LocalDate.of(2026, 11, 4), minutes, Money.parse(money));
    }

    static Verdict verdict(MeetingRequest request, Contact contact, List<Need> needs, Set<Tag> offers, List<Contact> network,
                           BudgetStatus budget, String event) {
        TriageCase c = new TriageCase(request, contact, needs, offers, network, Optional.ofNullable(budget));
        return new TriagePolicy(TriageSettings.defaults()).triage(event == null ? c : c.metAt(event));
    }

    /** The same, for a direction of this kind. */
    static Verdict verdict(DirectionKind direction, MeetingRequest request, Contact contact, List<Need> needs,
                           Set<Tag> offers, List<Contact> network, BudgetStatus budget) {
        TriageCase c = new TriageCase(request, contact, needs, offers, network, Optional.ofNullable(budget));
        return new TriagePolicy(TriageSettings.defaults()).triage(c.forDirection(direction));
    }
}
