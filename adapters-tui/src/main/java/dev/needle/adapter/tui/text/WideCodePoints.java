package dev.needle.adapter.tui.text;

/**
 * Which characters beyond the BMP a terminal draws two columns wide. Lanterna 3.1.3 only answers
 * this for a single Java char, so emoji and CJK extension characters need a table of their own.
 *
 * <p>The ranges are the code points whose East Asian Width is Wide or Fullwidth in Unicode 14
 * (EastAsianWidth.txt), the rule glibc's wcwidth and so tmux follow; unassigned code points inside
 * a range never reach the screen (they become placeholders), so ranges are joined across them.
 * Emoji with a text default (thermometer U+1F321, candle U+1F56F) are narrow there and here.
 */
final class WideCodePoints {
    /** Start and end (inclusive) of each wide range, in ascending order. */
    private static final int[][] RANGES = {
        {0x16FE0, 0x1B2FB}, // Tangut, Khitan, Nushu, kana supplements
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
        {0x1F200, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
        {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4},
        {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D},
        {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
        {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
        {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
        {0x1F7E0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
        {0x1FA70, 0x1FAF6},
        {0x20000, 0x3134A}, // CJK Unified Ideographs extensions B to G
    };

    private WideCodePoints() {
    }

    static boolean isWide(int codePoint) {
        int low = 0;
        int high = RANGES.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < RANGES[mid][0]) {
                high = mid - 1;
            } else if (codePoint > RANGES[mid][1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
