package dev.needle.app.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person behind each key: named in config.yaml ({@code team: keys:}, fingerprint to name), which wins,
 * else by the comment ending the key's line in authorized_keys. A comment as ssh-keygen writes it,
 * {@code bob@laptop}, names Bob. The file's comments are read again when the file changes.
 */
final class KeyNames {
    private static final Logger LOG = LoggerFactory.getLogger(KeyNames.class);

    /** A name, or why the key has none (for the log). */
    record Named(Optional<String> name, String why) {
    }

    private final Path authorizedKeys;
    private final Map<String, String> mapped;
    private final Function<String, Optional<String>> nameProblem;
    private Map<String, String> comments = Map.of();
    private FileTime readAt;

    /** {@code nameProblem} says why a text is no person's name (empty when it is one). */
    KeyNames(Path authorizedKeys, Map<String, String> mapped, Function<String, Optional<String>> nameProblem) {
        this.authorizedKeys = authorizedKeys;
        this.mapped = Map.copyOf(mapped);
        this.nameProblem = nameProblem;
    }

    synchronized Named nameOf(PublicKey key) {
        String fingerprint = KeyUtils.getFingerPrint(key);
        String fromConfig = mapped.get(fingerprint);
        if (fromConfig != null) {
            return checked(fromConfig, "its name under team: keys: in config.yaml");
        }
        String comment = comments().get(fingerprint);
        if (comment == null || comment.isBlank()) {
            return new Named(Optional.empty(), "the key has no name: give its line in authorized_keys a comment "
                    + "naming the person, or map " + fingerprint + " to a name under team: keys: in config.yaml");
        }
        return checked(fromComment(comment), "the comment of its line in authorized_keys");
    }

    private Named checked(String name, String where) {
        Optional<String> problem = nameProblem.apply(name);
        return problem.isPresent() ? new Named(Optional.empty(), where + " is no name: " + problem.get())
                : new Named(Optional.of(name.strip()), "");
    }

    /** "Bob Martin" stays; "bob@laptop", as ssh-keygen writes comments, is Bob. */
    static String fromComment(String comment) {
        String text = comment.strip();
        if (text.matches("[^\\s@]+@[^\\s@]+")) {
            String user = text.substring(0, text.indexOf('@'));
            return user.isEmpty() ? text : user.substring(0, 1).toUpperCase(Locale.ROOT) + user.substring(1);
        }
        return text;
    }

    private Map<String, String> comments() {
        try {
            FileTime modified = Files.getLastModifiedTime(authorizedKeys);
            if (!modified.equals(readAt)) {
                Map<String, String> read = new HashMap<>();
                for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(authorizedKeys)) {
                    PublicKey listed = entry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
                    if (listed != null && entry.getComment() != null) {
                        read.putIfAbsent(KeyUtils.getFingerPrint(listed), entry.getComment());
                    }
                }
                comments = read;
                readAt = modified;
            }
        } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
            // The authenticator has just read the same file; keep the names known if it went away meanwhile.
            LOG.warn("Could not read the key names in {}", authorizedKeys, unreadable);
        }
        return comments;
    }
}
