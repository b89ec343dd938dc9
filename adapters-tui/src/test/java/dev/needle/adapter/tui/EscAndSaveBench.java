package dev.needle.adapter.tui;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, not a test: what Esc (contact → Contacts list) and saving the contact form (Ctrl-S →
 * back on the contact) cost on the drawing thread, key to redrawn screen on a virtual terminal, with
 * N contacts (first argument: output file, default target/esc-save-bench.txt; second: N, default
 * 10 000). Half the contacts have a follow-up due, so the tab counts and Today have work to do.
 */
public final class EscAndSaveBench {
    private EscAndSaveBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/esc-save-bench.txt");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Wiring w = Seeds.withDirection();
        for (int i = 1; i <= count; i++) {
            Contact c = Contact.capture(new ContactId(i), "Person " + i).edit().company("Company " + (i % 300)).build();
            w.contacts.save(i % 2 == 0 ? c.followUpOn(dev.needle.application.service.fake.Fakes.TODAY.minusDays(i % 30)) : c);
        }
        List<Long> escapes = new ArrayList<>();
        List<Long> saves = new ArrayList<>();
        try (Tui tui = Tui.on(w).press('3')) {
            for (int round = 0; round < 200; round++) {
                tui.enter();
                tui.press('e');
                saves.add(timed(tui, Key.ctrl('s')));
                escapes.add(timed(tui, Key.of(Key.Type.ESCAPE)));
                tui.press('j');
            }
        }
        Files.writeString(out, line("Esc from a contact to the list", count, escapes)
                + line("Ctrl-S on the contact form", count, saves));
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
