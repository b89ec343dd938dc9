package dev.needle.adapter.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * The process's own tty, as Lanterna's UnixTerminal drives it, except that a character beyond the
 * BMP (an emoji in a name) reaches the terminal as one encoded character rather than two "?".
 */
final class ConsoleTerminal extends UnixTerminal {
    ConsoleTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
    }

    @Override
    public void putString(String text) throws IOException {
        PairedSurrogates.put(text, getCharset(), super::putCharacter, this::writeToTerminal);
    }
}
