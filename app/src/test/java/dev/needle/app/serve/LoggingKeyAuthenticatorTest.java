package dev.needle.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.session.ServerSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listed key is let in every time, also while the keys file is being read: on the first login after
 * the server starts, and on the first after the file changed. Two clients logging in at that moment
 * must both get in (found walking serve with two clients started together).
 */
class LoggingKeyAuthenticatorTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 10;

    /** Only named in the log; nothing of it is used to decide. */
    private static final ServerSession SESSION = (ServerSession) Proxy.newProxyInstance(
            ServerSession.class.getClassLoader(), new Class<?>[] {ServerSession.class},
            (proxy, method, args) -> method.getReturnType() == boolean.class ? Boolean.FALSE
                    : method.getReturnType() == String.class ? "a client" : null);

    @TempDir
    Path dir;

    @Test
    void loginsWhileTheKeysFileIsBeingReadAreNotRefused() throws Exception {
        KeyPair friend = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        Path keys = dir.resolve("authorized_keys");
        LoggingKeyAuthenticator authenticator = new LoggingKeyAuthenticator(keys,
                new KeyNames(keys, java.util.Map.of(), name -> java.util.Optional.empty()));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int refused = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // A changed file, replaced whole as editors do, and long (a team's keys) so reading it takes a while.
                String line = PublicKeyEntry.toString(friend.getPublic()) + " round " + round + "\n";
                Path next = Files.writeString(dir.resolve("next"), line.repeat(2000));
                // Dated in the past, as a file edited a while ago: only the first login notices the change.
                Files.setLastModifiedTime(next, FileTime.from(Instant.now().minusSeconds(3600 - round)));
                Files.move(next, keys, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                CyclicBarrier together = new CyclicBarrier(THREADS);
                List<Future<Boolean>> logins = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    logins.add(pool.submit(() -> {
                        together.await();
                        return authenticator.authenticate("someone", friend.getPublic(), SESSION);
                    }));
                }
                for (Future<Boolean> login : logins) {
                    refused += login.get(60, TimeUnit.SECONDS) ? 0 : 1;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(refused).as("logins of a listed key refused, of " + ROUNDS * THREADS).isZero();
    }
}
