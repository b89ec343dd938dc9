package dev.needle.adapter.tui;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark, not a test: keystroke to redrawn screen while filtering 100 000 contacts, measured as
 * the navigator's handling plus the renderer's draw and refresh on a virtual terminal. Writes the
 * percentiles to the file named by the first argument (default target/filter-bench.txt).
 */
public final class FilterBench {
    private static final String[] FIRST = {"Ana", "Ben", "Cleo", "Dev", "Eva", "Farid", "Gus", "Hana", "Ivo", "Jun"};
    private static final String[] LAST = {"Ruiz", "Okafor", "Park", "Tanaka", "Novak", "Haddad", "Silva", "Berg"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne"};
    private static final String[] ROLES = {"Engineer", "Designer", "Market Research Lead", "Founder", "Recruiter"};

    private FilterBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/filter-bench.txt");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Wiring w = Seeds.withDirection();
        Random random = new Random(42);
        for (int i = 1; i <= count; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
            w.contacts.save(Contact.capture(new ContactId(i), name).edit()
                    .company(COMPANIES[random.nextInt(COMPANIES.length)]).role(ROLES[random.nextInt(ROLES.length)])
                    .offers(Set.of(Tag.of("topic " + random.nextInt(50)))).build());
        }
        List<Long> samples = new ArrayList<>();
        String[] queries = {"ana", "research acme", "okafor 12", "glob des", "hana tanaka 9"};
        try (Tui tui = Tui.on(w).press('3')) {
            for (int round = 0; round < 20; round++) {
                for (String query : queries) {
                    tui.press('/');
                    for (char c : query.toCharArray()) {
                        samples.add(timed(tui, Key.ch(c)));
                    }
                    for (int i = 0; i < query.length(); i++) {
                        samples.add(timed(tui, Key.of(Key.Type.BACKSPACE)));
                    }
                    tui.esc();
                }
            }
        }
        List<Long> searches = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String query : queries) {
                for (int end = 1; end <= query.length(); end++) {
                    long start = System.nanoTime();
                    w.useCases.searchContacts().search(query.substring(0, end), 500);
                    searches.add(System.nanoTime() - start);
                }
            }
        }
        Files.writeString(out, line("keystroke to redrawn screen", count, samples)
                + line("search use case alone", count, searches));
    }

    private static String line(String what, int count, List<Long> samples) {
        List<Long> warm = new ArrayList<>(samples.subList(samples.size() / 4, samples.size()));
        Collections.sort(warm);
        return String.format("%s: contacts=%d samples=%d (after warm-up) p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                what, count, warm.size(), ms(warm, 0.50), ms(warm, 0.90), ms(warm, 0.99), warm.get(warm.size() - 1) / 1e6);
    }

    private static long timed(Tui tui, Key key) {
        long start = System.nanoTime();
        tui.press(key);
        return System.nanoTime() - start;
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
