package dev.needle.adapter.tui.render;

import java.io.IOException;

/** Where copied text goes: OSC 52 on a real terminal, nowhere (or a list, in tests) otherwise. */
@FunctionalInterface
public interface Clipboard {
    Clipboard NONE = text -> { };

    void copy(String text) throws IOException;
}
