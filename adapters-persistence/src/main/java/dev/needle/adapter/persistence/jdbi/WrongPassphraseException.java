package dev.needle.adapter.persistence.jdbi;

import java.nio.file.Path;

/** An encrypted H2 file could not be decrypted with the passphrase given. */
public final class WrongPassphraseException extends RuntimeException {
    WrongPassphraseException(Path file) {
        super("wrong passphrase for " + file);
    }
}
