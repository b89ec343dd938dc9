package dev.needle.domain.triage;

/** Small numbers in words, as a person would write them in a reason ("you know two"). */
final class Words {
    private static final String[] SMALL = {"none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    private Words() {
    }

    static String count(long n) {
        return n >= 0 && n < SMALL.length ? SMALL[(int) n] : Long.toString(n);
    }
}
