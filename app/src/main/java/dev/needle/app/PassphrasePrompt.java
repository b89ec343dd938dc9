package dev.needle.app;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal for a passphrase without echoing it; empty when there is no terminal. */
@FunctionalInterface
interface PassphrasePrompt {
    Optional<char[]> ask(String prompt);

    /** The real terminal, through {@link System#console()}, which turns echo off while reading. */
    static PassphrasePrompt console() {
        return prompt -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
        };
    }
}
