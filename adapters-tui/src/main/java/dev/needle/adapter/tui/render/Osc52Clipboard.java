package dev.needle.adapter.tui.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Copies text to the user's clipboard with the OSC 52 escape, which terminals honour even over SSH
 * and inside tmux. The text travels base64-encoded, so nothing in it can act as an escape itself.
 */
public final class Osc52Clipboard implements Clipboard {
    private final OutputStream out;

    public Osc52Clipboard(OutputStream out) {
        this.out = out;
    }

    /** The exact bytes written for {@code text}: ESC ] 52 ; c ; base64 BEL. */
    public static String sequence(String text) {
        String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return "\u001b]52;c;" + encoded + "\u0007";
    }

    @Override
    public void copy(String text) throws IOException {
        out.write(sequence(text).getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
