package dev.needle.adapter.tui.screen;

/**
 * A budget as a bar of {@value #CELLS} cells, full at the budget: what is spent, then what meetings
 * already scheduled have booked, then what is left. Anything over the budget shows as a full bar and
 * "!". Booked cells are drawn apart from spent ones, as the words beside the bar count them apart.
 */
final class BudgetBar {
    static final int CELLS = 20;
    private static final String SPENT = "█";
    private static final String BOOKED = "░";
    private static final String LEFT = "·";

    private BudgetBar() {
    }

    static String of(long spent, long limit) {
        return of(spent, 0, limit);
    }

    static String of(long spent, long booked, long limit) {
        if (limit <= 0) {
            return "[" + " ".repeat(CELLS) + "]";
        }
        int spentCells = cells(spent, limit);
        int usedCells = cells(spent + booked, limit);
        // A booking too small to round to a cell still shows, as long as a cell is left for it.
        if (booked > 0 && usedCells == spentCells && usedCells < CELLS) {
            usedCells++;
        }
        return "[" + SPENT.repeat(spentCells) + BOOKED.repeat(usedCells - spentCells) + LEFT.repeat(CELLS - usedCells)
                + "]" + (spent + booked > limit ? "!" : "");
    }

    private static int cells(long amount, long limit) {
        return (int) Math.min(CELLS, Math.round((double) amount * CELLS / limit));
    }
}
