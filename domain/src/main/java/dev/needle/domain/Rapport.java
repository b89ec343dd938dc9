package dev.needle.domain;

/**
 * How well the conversation went, from 1 (no connection) to 5 (hit it off); 0 means not rated yet.
 * Kept apart from fit on purpose: a great conversation is a benefit in itself.
 */
public record Rapport(int score) {
    public static final Rapport UNRATED = new Rapport(0);
    public static final int MAX = 5;

    public Rapport {
        if (score < 0 || score > MAX) {
            throw new InvalidValueException("rapport",
                    "Rapport is 1 (no connection) to 5 (hit it off), or 0 for not rated; " + score + " is out of range.");
        }
    }

    /** Every score's one instance: a whole address book read into memory holds six, not one per person. */
    private static final Rapport[] SCORES = {UNRATED, new Rapport(1), new Rapport(2), new Rapport(3), new Rapport(4),
            new Rapport(5)};

    public static Rapport of(int score) {
        return score >= 0 && score <= MAX ? SCORES[score] : new Rapport(score);
    }

    public boolean isRated() {
        return score > 0;
    }

    @Override
    public String toString() {
        return isRated() ? score + "/" + MAX : "not rated";
    }
}
