package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal on plain byte streams (an SSH channel) rather than the process's tty: there is
 * no tty to ask for the window size or to put in raw mode, so the size is whatever the remote side
 * last announced, and the bytes arrive raw already.
 */
final class StreamTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    StreamTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(new CarriageReturnAsEnter(in), out, StandardCharsets.UTF_8);
        this.size = sizeOf(columns, rows);
    }

    /** As on the console: an emoji leaves as one encoded character, not two "?". */
    @Override
    public void putString(String text) throws IOException {
        PairedSurrogates.put(text, getCharset(), super::putCharacter, this::writeToTerminal);
    }

    /** The remote window changed; the resize listeners (the drawing loop) hear of it at once. */
    void resize(int columns, int rows) {
        TerminalSize resized = sizeOf(columns, rows);
        size = resized;
        onResized(resized);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** A client that announces 0x0 (some do without a real window) still gets something drawable. */
    private static TerminalSize sizeOf(int columns, int rows) {
        return new TerminalSize(columns > 0 ? columns : 80, rows > 0 ? rows : 24);
    }
}
