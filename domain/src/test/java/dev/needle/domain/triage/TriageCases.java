package dev.needle.domain.triage;

import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.Contacts;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.Requests;
import dev.needle.domain.Tag;
import dev.needle.domain.TargetKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test-data builder for triage cases: a 4 h / 40.00 budget with nothing spent unless told otherwise. */
final class TriageCases {
    static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);
    static final Budget FOUR_HOURS_FORTY = new Budget(240, Money.parse("40"));

    private TriageCases() {
    }

    static Builder triage(Contact contact) {
        return new Builder(contact, Requests.from(contact).build());
    }

    static Builder triage(Contact contact, Requests.Builder request) {
        return new Builder(contact, request.build());
    }

    static BudgetStatus spent(int minutes, String money) {
        return new BudgetStatus(FOUR_HOURS_FORTY, WEDNESDAY, minutes, Money.parse(money));
    }

    /** The default settings with one target weight changed, to put a fit exactly on a threshold. */
    static TriageSettings defaultsWithTopicWeight(int weight) {
        TriageSettings d = TriageSettings.defaults();
        return new TriageSettings(d.strongFit(), d.minimumFit(), d.priorityStep(), d.priorityFloor(),
                Map.of(TargetKind.COMPANY, 100, TargetKind.ROLE, 80, TargetKind.TOPIC, weight), d.greatRapport(),
                d.lowRapport(), d.rapportBonus(), d.rapportPenalty(), d.maxTravelMinutes(), d.alternative(), d.templates());
    }

    /** Fluent builder for one case. */
    static final class Builder {
        private final Contact contact;
        private final MeetingRequest request;
        private List<Need> needs = List.of();
        private Set<Tag> offers = Set.of();
        private List<Contact> network = List.of();
        private Optional<BudgetStatus> budget = Optional.of(spent(0, "0"));

        private Builder(Contact contact, MeetingRequest request) {
            this.contact = contact;
            this.request = request;
        }

        Builder needs(Need... values) { needs = List.of(values); return this; }
        Builder youOffer(String... values) { offers = Contacts.tags(values); return this; }
        Builder network(Contact... values) { network = List.of(values); return this; }
        Builder budget(BudgetStatus value) { budget = Optional.of(value); return this; }
        Builder noBudget() { budget = Optional.empty(); return this; }

        TriageCase build() {
            return new TriageCase(request, contact, needs, offers, network, budget);
        }

        Verdict verdict() {
            return new TriagePolicy(TriageSettings.defaults()).triage(build());
        }

        Verdict verdict(TriageSettings settings) {
            return new TriagePolicy(settings).triage(build());
        }
    }
}
