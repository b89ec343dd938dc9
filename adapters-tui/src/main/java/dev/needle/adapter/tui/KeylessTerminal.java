package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

/**
 * A terminal in memory whose input has ended. Lanterna's own virtual terminal holds its lock while it
 * waits for a key, so the keyboard thread would keep the first frame from ever being drawn.
 */
final class KeylessTerminal extends DefaultVirtualTerminal {
    KeylessTerminal(TerminalSize size) {
        super(size);
    }

    @Override
    public KeyStroke pollInput() {
        return null;
    }

    @Override
    public KeyStroke readInput() {
        return new KeyStroke(KeyType.EOF);
    }
}
