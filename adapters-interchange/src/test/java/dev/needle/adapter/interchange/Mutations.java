package dev.needle.adapter.interchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Damage done to a valid file, drawn from one seeded random source so a failing input can be made
 * again: what disks and editors do to files (flipped bits, cut ends, stray bytes, NUL, broken UTF-8,
 * lost or doubled lines) and what an attacker sends (huge lines, deep nesting, one property repeated
 * thousands of times, the format's own dangerous tokens).
 */
public final class Mutations {
    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};

    private final Random random;
    private final List<String> tokens;
    private final IntFunction<String> nesting;

    /**
     * @param tokens  the format's own risky pieces (quotes, markers, anchors), inserted anywhere
     * @param nesting text nesting the format's structure the given number of levels deep
     */
    public Mutations(long seed, List<String> tokens, IntFunction<String> nesting) {
        this.random = new Random(seed);
        this.tokens = tokens;
        this.nesting = nesting;
    }

    /** One to three mutations of the seed, applied one after the other. */
    public byte[] mutate(byte[] seed) {
        byte[] bytes = seed;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            bytes = once(bytes);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes) {
        return switch (random.nextInt(12)) {
            case 0 -> flipBits(bytes);
            case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 2 -> insert(bytes, randomBytes(1 + random.nextInt(16)));
            case 3 -> insert(bytes, new byte[] {0});
            case 4 -> insert(bytes, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
            case 5 -> insert(bytes, hugeLine());
            case 6 -> insert(bytes, utf8(nesting.apply(random.nextInt(10) == 0 ? 20_000 : 2 + random.nextInt(60))));
            case 7 -> repeatLine(bytes);
            case 8, 9 -> insert(bytes, utf8(tokens.get(random.nextInt(tokens.size()))));
            case 10 -> dropLine(bytes);
            default -> duplicateLine(bytes);
        };
    }

    private byte[] flipBits(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] flipped = bytes.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
    }

    private byte[] randomBytes(int length) {
        byte[] noise = new byte[length];
        random.nextBytes(noise);
        return noise;
    }

    /** Mostly tens of kilobytes; now and then a few megabytes, past what any importer should take in one line. */
    private byte[] hugeLine() {
        int length = random.nextInt(40) == 0 ? 5_000_000 + random.nextInt(1_000_000) : 1_000 + random.nextInt(60_000);
        byte[] line = new byte[length];
        String fillers = "Aa,;:=\\\" ";
        Arrays.fill(line, (byte) fillers.charAt(random.nextInt(fillers.length())));
        return line;
    }

    private byte[] insert(byte[] bytes, byte[] piece) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + piece.length);
        out.write(bytes, 0, at);
        out.writeBytes(piece);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** One line of the file written again and again right after itself: 50 000 EMAIL lines in one card, say. */
    private byte[] repeatLine(byte[] bytes) {
        List<String> lines = lines(bytes);
        int which = random.nextInt(lines.size());
        int times = random.nextInt(20) == 0 ? 20_000 + random.nextInt(40_000) : 2 + random.nextInt(2_000);
        // A line that is already huge is repeated only up to some megabytes: the point is many lines.
        times = Math.min(times, 2 + 8_000_000 / (lines.get(which).length() + 1));
        List<String> out = new ArrayList<>(lines.subList(0, which + 1));
        for (int i = 0; i < times; i++) {
            out.add(lines.get(which));
        }
        out.addAll(lines.subList(which + 1, lines.size()));
        return join(out);
    }

    private byte[] dropLine(byte[] bytes) {
        List<String> lines = new ArrayList<>(lines(bytes));
        lines.remove(random.nextInt(lines.size()));
        return join(lines);
    }

    private byte[] duplicateLine(byte[] bytes) {
        List<String> lines = new ArrayList<>(lines(bytes));
        lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
        return join(lines);
    }

    /** Lines with their own endings kept (ISO-8859-1 maps every byte to one char, so nothing is lost). */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)")));
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static byte[] join(List<String> lines) {
        return String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
