package dev.needle.domain;

/** What a meeting is expected to take: its own minutes, travel there and back, and money (gas, coffee). */
public record CostEstimate(int minutes, int travelMinutes, Money money) {
    private static final int DAY = 24 * 60;

    public CostEstimate {
        Check.range("minutes", minutes, 0, DAY);
        Check.range("travel minutes", travelMinutes, 0, DAY);
        Check.notNull("money", money);
    }

    /** Meeting plus travel: the time the budget has to pay for. */
    public int totalMinutes() {
        return minutes + travelMinutes;
    }
}
