package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalTextUtils;

/**
 * What a terminal such as tmux shows after reading a program's output: cursor moves (CSI H) are
 * followed, other sequences ignored, a wide character fills two cells, and a non-spacing mark goes
 * onto the cell before the cursor without moving it, and the cursor is shown or hidden (CSI ?25h/l)
 * where it was left. A surrogate pair is decoded to one character,
 * and emoji and CJK extension characters fill two cells as in tmux. Built to check that the screen Lanterna
 * believes it drew is the screen a terminal actually has.
 */
final class AnsiGrid {
    private final String[][] cells;
    private int row;
    private int col;
    private boolean cursorShown = true;

    AnsiGrid(int columns, int rows) {
        cells = new String[rows][columns];
        for (String[] line : cells) {
            java.util.Arrays.fill(line, " ");
        }
    }

    void read(String output) {
        int i = 0;
        while (i < output.length()) {
            char c = output.charAt(i);
            if (c == 0x1B && i + 1 < output.length() && output.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < output.length() && (output.charAt(end) < 0x40 || output.charAt(end) > 0x7E)) {
                    end++;
                }
                if (end < output.length() && output.charAt(end) == 'H') {
                    moveTo(output.substring(i + 2, end));
                } else if (end < output.length() && output.substring(i + 2, end).equals("?25")) {
                    cursorShown = output.charAt(end) == 'h';
                }
                i = end + 1;
            } else if (c == 0x1B) {
                i += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < output.length()
                    && Character.isLowSurrogate(output.charAt(i + 1))) {
                put(output.codePointAt(i));
                i += 2;
            } else {
                put(c);
                i++;
            }
        }
    }

    /** Where the terminal's cursor stands, {column, row}, or empty while it is hidden. */
    java.util.Optional<java.util.List<Integer>> cursor() {
        return cursorShown ? java.util.Optional.of(java.util.List.of(col, row)) : java.util.Optional.empty();
    }

    /** The row as text, each wide character once. */
    String row(int r) {
        StringBuilder text = new StringBuilder();
        for (String cell : cells[r]) {
            text.append(cell);
        }
        return text.toString();
    }

    /** The screen column where {@code text} starts on row {@code r}, or -1. */
    int columnOf(int r, String text) {
        for (int c = 0; c < cells[r].length; c++) {
            StringBuilder from = new StringBuilder();
            for (int k = c; k < cells[r].length && from.length() < text.length(); k++) {
                from.append(cells[r][k]);
            }
            if (from.toString().startsWith(text)) {
                return c;
            }
        }
        return -1;
    }

    int rowOf(String text) {
        for (int r = 0; r < cells.length; r++) {
            if (row(r).contains(text)) {
                return r;
            }
        }
        return -1;
    }

    private void moveTo(String params) {
        String[] parts = params.split(";");
        row = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) - 1 : 0;
        col = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) - 1 : 0;
    }

    private void put(int c) {
        if (c < 0x20 || row >= cells.length) {
            return;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            if (col > 0) {
                cells[row][col - 1] += Character.toString(c);
            }
            return;
        }
        if (col >= cells[row].length) {
            return;
        }
        cells[row][col] = Character.toString(c);
        if (isWide(c) && col + 1 < cells[row].length) {
            cells[row][col + 1] = "";
            col += 2;
        } else {
            col++;
        }
    }

    /**
     * Two cells: what Lanterna counts wide in the BMP, and beyond it the emoji blocks from U+1F300
     * (pictographs, emoticons, transport, supplemental symbols; the tests use no text-style emoji)
     * and the CJK extension planes.
     */
    private static boolean isWide(int c) {
        if (Character.isBmpCodePoint(c)) {
            return TerminalTextUtils.isCharDoubleWidth((char) c);
        }
        return c >= 0x1F300 && c <= 0x1FAFF || c >= 0x20000 && c <= 0x3FFFD;
    }
}
