package dev.needle.adapter.persistence.jdbi;

import java.util.Random;
import java.util.function.Consumer;

/** Short random texts over a few characters, the same ones on every run: for comparing two readers of SQL. */
final class RandomTexts {
    private RandomTexts() {
    }

    /** Hands {@code count} texts of up to 13 characters of {@code alphabet} to {@code each}. */
    static void each(String alphabet, int count, Consumer<String> each) {
        Random random = new Random(28);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            each.accept(text.toString());
        }
    }
}
