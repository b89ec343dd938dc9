package dev.needle.domain.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Channel;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Properties of the triage policy over generated cases drawn from a small vocabulary, so matches happen often. */
class TriagePolicyPropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 15);
    private static final List<String> COMPANIES = List.of("", "XYZ Corp.", "xyz inc", "Acme", "Globex GmbH");
    private static final List<String> ROLES = List.of("", "Market Research Analyst", "UX Designer", "Hiring Manager", "Sales");
    private static final List<String> TAGS = List.of("market research", "ux designer", "ux design", "fintech", "investors", "hiring");
    private static final List<String> TARGET_VALUES = List.of("XYZ", "Acme", "market research", "ux designer", "fintech", "hiring manager");

    private final TriageSettings settings = TriageSettings.defaults();
    private final TriagePolicy policy = new TriagePolicy(settings);

    @Property
    @StatisticsReport(onFailureOnly = true)
    void theSameCaseAlwaysGetsTheSameVerdict(@ForAll("cases") TriageCase c) {
        Verdict verdict = policy.triage(c);
        assertThat(new TriagePolicy(TriageSettings.defaults()).triage(c)).isEqualTo(verdict);
        // The generator must reach every answer, or the other properties prove little.
        Statistics.label("recommendation").collect(verdict.recommendation());
        Statistics.label("recommendation").coverage(coverage -> {
            for (Recommendation recommendation : Recommendation.values()) {
                coverage.check(recommendation).count(n -> n > 0);
            }
        });
    }

    @Property
    void everyVerdictGivesAtLeastOneReasonAndAFilledInMessage(@ForAll("cases") TriageCase c) {
        Verdict verdict = policy.triage(c);
        assertThat(verdict.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason.text()).isNotBlank());
        assertThat(verdict.suggestedMessage()).isNotBlank().doesNotContain("{", "}");
        assertThat(verdict.channel().isPresent()).isEqualTo(verdict.recommendation() != Recommendation.DECLINE_KINDLY);
    }

    @Property
    void neverDeclinesSomeoneWhoMatchesAnActiveNeed(@ForAll("cases") TriageCase c) {
        if (matchesAnActiveNeed(c)) {
            assertThat(policy.triage(c).recommendation())
                    .isNotIn(Recommendation.DECLINE_KINDLY, Recommendation.HELP_THEM);
        }
    }

    @Property
    void neverMeetsInPersonWhenOverBudgetFarOrNotAskedFaceToFace(@ForAll("cases") TriageCase c) {
        CostEstimate cost = c.request().estimate();
        boolean overBudget = c.budget().map(b -> !b.fits(cost)).orElse(false);
        boolean far = cost.travelMinutes() > settings.maxTravelMinutes();
        boolean notFaceToFace = !c.request().format().isFaceToFace();
        if (overBudget || far || notFaceToFace) {
            assertThat(policy.triage(c).recommendation()).isNotEqualTo(Recommendation.MEET_IN_PERSON);
        }
    }

    @Property
    void aMeetingInPersonIsProposedOnTheRequestedChannel(@ForAll("cases") TriageCase c) {
        Verdict verdict = policy.triage(c);
        if (verdict.recommendation() == Recommendation.MEET_IN_PERSON) {
            assertThat(verdict.channel()).contains(c.request().format());
        } else {
            assertThat(verdict.channel().filter(Channel::isFaceToFace)).isEmpty();
        }
    }

    /** Recomputed from the documented formula: target weight times the need's priority weight, over 100. */
    private boolean matchesAnActiveNeed(TriageCase c) {
        return c.needs().stream().filter(Need::isActive).anyMatch(need -> need.targets().stream()
                .filter(target -> target.isMatchedBy(c.contact()))
                .anyMatch(target -> settings.targetWeight(target.kind()) * settings.priorityWeight(need.priority()) / 100
                        >= settings.minimumFit()));
    }

    @Provide
    Arbitrary<TriageCase> cases() {
        Arbitrary<List<Need>> needs = Combinators.combine(Arbitraries.of(TargetKind.class),
                        Arbitraries.of(TARGET_VALUES), Arbitraries.of(NeedStatus.class))
                .as(TargetSpec::new).list().ofMaxSize(6).map(TriagePolicyPropertiesTest::needs);
        Arbitrary<Contact> contact = Combinators.combine(Arbitraries.of(COMPANIES), Arbitraries.of(ROLES), tags(), tags(),
                Arbitraries.integers().between(0, Rapport.MAX))
                .as((company, role, offers, lookingFor, rapport) -> person(1, company, role, offers, lookingFor, rapport, false));
        Arbitrary<List<Contact>> network = Combinators.combine(tags(), Arbitraries.of(true, false))
                .as((offers, closed) -> new Object[] {offers, closed}).list().ofMaxSize(4)
                .map(TriagePolicyPropertiesTest::network);
        Arbitrary<MeetingRequest> request = Combinators.combine(Arbitraries.of(Channel.class),
                        Arbitraries.integers().between(0, 180), Arbitraries.integers().between(0, 60),
                        Arbitraries.longs().between(0, 3000))
                .as((format, minutes, travel, cents) -> MeetingRequest.pending(new MeetingRequestId(1), new ContactId(1),
                        TODAY, Initiator.THEM, "", format, "", Optional.empty(),
                        new CostEstimate(minutes, travel, Money.ofCents(cents))));
        Arbitrary<Optional<BudgetStatus>> budget = Combinators.combine(Arbitraries.integers().between(0, 900),
                        Arbitraries.longs().between(0, 10_000), Arbitraries.integers().between(0, 300),
                        Arbitraries.longs().between(0, 3_000))
                .as((weekly, monthly, minutes, money) -> new BudgetStatus(new Budget(weekly, Money.ofCents(monthly)), TODAY,
                        minutes, Money.ofCents(money)))
                .optional(0.8);
        return Combinators.combine(needs, contact, network, request, budget, tags())
                .as((n, who, known, asked, money, yours) -> new TriageCase(asked, who, n, yours, known, money));
    }

    private record TargetSpec(TargetKind kind, String value, NeedStatus status) {
    }

    private static Arbitrary<Set<Tag>> tags() {
        return Arbitraries.of(TAGS).set().ofMaxSize(3).map(values -> values.stream().map(Tag::of).collect(Collectors.toSet()));
    }

    private static List<Need> needs(List<TargetSpec> specs) {
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            TargetSpec spec = specs.get(i);
            Need need = Need.open(new NeedId(i + 1), "need about " + spec.value(), NeedKind.OTHER,
                    List.of(new Target(spec.kind(), spec.value())), i + 1);
            needs.add(switch (spec.status()) {
                case OPEN -> need;
                case MET -> need.markMet(new ContactId(99), TODAY);
                default -> need.withStatus(spec.status());
            });
        }
        return needs;
    }

    @SuppressWarnings("unchecked")
    private static List<Contact> network(List<Object[]> specs) {
        List<Contact> known = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            known.add(person(i + 2, "", "", (Set<Tag>) specs.get(i)[0], Set.of(), 0, (Boolean) specs.get(i)[1]));
        }
        return known;
    }

    private static Contact person(long id, String company, String role, Set<Tag> offers, Set<Tag> lookingFor, int rapport,
                                  boolean closed) {
        return new Contact(new ContactId(id), "Person " + id, company, role, Reach.NONE, Origin.UNKNOWN, offers, lookingFor,
                Rapport.of(rapport), closed ? Stage.CLOSED_KINDLY : Stage.MET, Optional.empty(), "",
                closed ? Optional.of(new Closure(TODAY, "It was nice to meet you.")) : Optional.empty(), 0);
    }
}
