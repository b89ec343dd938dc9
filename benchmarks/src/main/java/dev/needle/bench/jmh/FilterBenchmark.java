package dev.needle.bench.jmh;

import dev.needle.application.index.ContactSearchIndex;
import dev.needle.bench.data.Generator;
import dev.needle.domain.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Filter-as-you-type: one call per keystroke, replaying queries as a user types them (each prefix
 * in turn, then erased) against the in-memory index, at several address-book sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FilterBenchmark {
    /** Common and rare, Latin with and without accents, other scripts, several words, no match at all. */
    static final String[] QUERIES = {"jose garcia", "иван", "王", "market research acme", "chloé lef",
            "γιώργος", "शर्मा", "hooli ux", "zqx nobody"};

    @Param({"1000", "10000", "100000", "1000000"})
    int contacts;

    ContactSearchIndex index;
    String[] keystrokes;
    int next;

    @Setup
    public void load() {
        List<Contact> people = new Generator(42).generate(contacts, 12).contacts();
        index = new ContactSearchIndex(people);
        keystrokes = typed(QUERIES);
    }

    /** Every query as the filter line holds it after each key: growing letter by letter, then erased. */
    static String[] typed(String[] queries) {
        List<String> states = new ArrayList<>();
        for (String query : queries) {
            for (int end = 1; end <= query.length(); end++) {
                states.add(query.substring(0, end));
            }
            for (int end = query.length() - 1; end >= 0; end--) {
                states.add(query.substring(0, end));
            }
        }
        return states.toArray(String[]::new);
    }

    @Benchmark
    public List<Contact> keystroke() {
        String query = keystrokes[next];
        next = (next + 1) % keystrokes.length;
        return index.search(query, 500);
    }
}
