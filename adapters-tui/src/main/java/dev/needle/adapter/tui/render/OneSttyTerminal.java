package dev.needle.adapter.tui.render;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's Unix terminal, set up with two {@code stty} processes instead of six. Lanterna changes
 * the tty one setting per process (no line editing, "min 1", no echo, no Ctrl-C signal) and Needle
 * then turns off Ctrl-Z, Ctrl-\ and Ctrl-S; each is a fork and exec on the way to the first frame.
 * Here the settings Lanterna asks for while it takes the terminal are collected and applied, with
 * Needle's, in one call after the call that saves the terminal's state for restoring at exit.
 */
public final class OneSttyTerminal extends UnixTerminal {
    private static final File TTY = new File("/dev/tty");
    /** Set once the terminal is taken; until then (inside Lanterna's constructor) settings are collected. */
    private boolean ready;
    /** Not initialised in its declaration: Lanterna's constructor fills it before ours runs. */
    private List<String> collected;

    public OneSttyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
        ready = true;
        List<String> lanterna = collected == null ? List.of() : List.copyOf(collected);
        List<String> all = new ArrayList<>(lanterna);
        all.addAll(TtyModes.SIGNAL_KEYS_OFF);
        // If this stty refuses one of Needle's extras, Lanterna's own settings must still be applied.
        if (stty(all) != 0 && !lanterna.isEmpty() && stty(lanterna) != 0) {
            throw new IOException("stty could not set the terminal to raw mode");
        }
    }

    @Override
    protected String runSTTYCommand(String... parameters) throws IOException {
        boolean query = parameters.length == 1 && parameters[0].equals("-g");
        if (ready || query) {
            return super.runSTTYCommand(parameters);
        }
        if (collected == null) {
            collected = new ArrayList<>();
        }
        collected.addAll(List.of(parameters));
        return "";
    }

    private static int stty(List<String> settings) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty"));
        command.addAll(settings);
        Process stty = new ProcessBuilder(command).redirectInput(TTY).redirectErrorStream(true).start();
        stty.getInputStream().readAllBytes();
        try {
            return stty.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting the terminal up", interrupted);
        }
    }
}
