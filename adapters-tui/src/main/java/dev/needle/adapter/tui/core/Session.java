package dev.needle.adapter.tui.core;

import dev.needle.adapter.tui.TuiUseCases;

/** What a screen may use while handling a key: the use cases, and how many rows a page has now. */
public record Session(TuiUseCases useCases, int pageSize) {
    public Session {
        pageSize = Math.max(1, pageSize);
    }
}
