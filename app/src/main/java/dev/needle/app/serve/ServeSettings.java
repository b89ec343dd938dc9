package dev.needle.app.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the server listens and whom it lets in: {@code port} 0 picks a free one; {@code hostKey} is the
 * file the server's own key is kept in (made on first start), {@code idleTimeout} ends a session
 * nobody typed in for that long; {@code keyNames} maps key fingerprints to people (config.yaml's
 * {@code team: keys:}, which wins over the key's comment), and {@code nameProblem} says why a text is no
 * person's name.
 */
public record ServeSettings(String bind, int port, Path authorizedKeys, Path hostKey, Duration idleTimeout,
                            Map<String, String> keyNames, Function<String, Optional<String>> nameProblem) {
    public ServeSettings {
        keyNames = Map.copyOf(keyNames);
    }

    /** Keys named by their comments only, any non-blank comment a name. */
    public ServeSettings(String bind, int port, Path authorizedKeys, Path hostKey, Duration idleTimeout) {
        this(bind, port, authorizedKeys, hostKey, idleTimeout, Map.of(),
                name -> name.isBlank() ? Optional.of("the name is empty") : Optional.empty());
    }
}
