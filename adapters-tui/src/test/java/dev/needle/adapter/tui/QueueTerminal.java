package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A virtual terminal whose keyboard waits outside the terminal's lock. Lanterna's own holds its
 * monitor while it waits for a key, so a drawing thread could never draw while the keyboard
 * thread waits; a real terminal keeps input and output apart, and so does this one.
 */
class QueueTerminal extends DefaultVirtualTerminal {
    private final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();

    QueueTerminal(int columns, int rows) {
        super(new TerminalSize(columns, rows));
    }

    @Override
    public void addInput(KeyStroke stroke) {
        keys.add(stroke);
    }

    @Override
    public KeyStroke pollInput() {
        return keys.poll();
    }

    @Override
    public KeyStroke readInput() {
        try {
            return keys.take();
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return new KeyStroke(KeyType.EOF);
        }
    }

    /** Row {@code row} as drawn, one character per column. */
    String row(int row) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < getTerminalSize().getColumns(); column++) {
            text.append(getCharacter(column, row).getCharacterString());
        }
        return text.toString();
    }

    /** Every row as drawn, each ending in a line break. */
    String screen() {
        StringBuilder all = new StringBuilder();
        for (int row = 0; row < getTerminalSize().getRows(); row++) {
            all.append(row(row)).append('\n');
        }
        return all.toString();
    }
}
