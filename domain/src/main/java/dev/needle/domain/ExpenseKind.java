package dev.needle.domain;

/** What money went on; the article's own examples are gas and coffee. */
public enum ExpenseKind {
    GAS("gas"),
    COFFEE("coffee"),
    OTHER("other");

    private final String label;

    ExpenseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
