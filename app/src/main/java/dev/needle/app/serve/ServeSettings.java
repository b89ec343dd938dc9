package dev.needle.app.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server listens and whom it lets in: {@code port} 0 picks a free one; {@code hostKey} is the
 * file the server's own key is kept in (made on first start), {@code idleTimeout} ends a session
 * nobody typed in for that long.
 */
public record ServeSettings(String bind, int port, Path authorizedKeys, Path hostKey, Duration idleTimeout) {
}
