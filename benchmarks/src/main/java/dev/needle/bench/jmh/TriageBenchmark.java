package dev.needle.bench.jmh;

import dev.needle.bench.data.DataSet;
import dev.needle.bench.data.Generator;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.triage.OfferDirectory;
import dev.needle.domain.triage.TriageCase;
import dev.needle.domain.triage.TriagePolicy;
import dev.needle.domain.triage.TriageSettings;
import dev.needle.domain.triage.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Triage of one meeting request against 200 open needs. The "give" check asks what the people you
 * know offer, so the size of that network is a parameter; the directory of their offers is built once
 * in set-up, as the application keeps it between triages (it changes only when a contact does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TriageBenchmark {
    @Param({"1000", "100000"})
    int network;

    TriagePolicy policy;
    TriageCase[] cases;
    int next;

    @Setup
    public void load() {
        DataSet data = new Generator(7).generate(network, 200);
        Map<dev.needle.domain.ContactId, Contact> byId = data.contacts().stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        Optional<BudgetStatus> budget = Optional.of(BudgetStatus.of(data.budget(), Generator.TODAY, data.interactions()));
        List<MeetingRequest> requests = data.requests().stream().limit(64).toList();
        OfferDirectory known = OfferDirectory.of(data.contacts());
        cases = requests.stream().map(r -> new TriageCase(r, byId.get(r.contact()), data.needs(),
                data.direction().offers(), known, budget)).toArray(TriageCase[]::new);
        policy = new TriagePolicy(TriageSettings.defaults());
    }

    @Benchmark
    public Verdict triageOneRequest() {
        TriageCase c = cases[next];
        next = (next + 1) % cases.length;
        return policy.triage(c);
    }
}
