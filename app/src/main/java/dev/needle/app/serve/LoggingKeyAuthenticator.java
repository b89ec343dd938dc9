package dev.needle.app.serve;

import java.nio.file.Path;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets in the keys listed in an OpenSSH authorized_keys file (re-read when it changes) that name a
 * person, and writes every refused key's fingerprint to the log, so an owner can tell a typo from a
 * stranger. The person a key names is decided here, once, and kept on the SSH session ({@link KeyPerson}).
 */
final class LoggingKeyAuthenticator implements PublickeyAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingKeyAuthenticator.class);
    private final PublickeyAuthenticator authorized;
    private final KeyNames names;

    LoggingKeyAuthenticator(Path authorizedKeys, KeyNames names) {
        this(new AuthorizedKeysAuthenticator(authorizedKeys), names);
    }

    LoggingKeyAuthenticator(PublickeyAuthenticator authorized, KeyNames names) {
        this.authorized = authorized;
        this.names = names;
    }

    /**
     * One login at a time: while SSHD re-reads the file it answers every other login with "refused", so
     * two clients logging in together after a start or an edit of the file would lose one. A check takes
     * microseconds once the file is read.
     */
    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        boolean accepted;
        synchronized (this) {
            accepted = authorized.authenticate(username, key, session);
        }
        if (!accepted) {
            LOG.warn("Refused SSH key {} {} for user {} from {}", KeyUtils.getKeyType(key), KeyUtils.getFingerPrint(key),
                    username, session.getClientAddress());
            return false;
        }
        KeyNames.Named named = names.nameOf(key);
        if (named.name().isEmpty()) {
            LOG.warn("Refused SSH key {} {} for user {} from {}: {}", KeyUtils.getKeyType(key), KeyUtils.getFingerPrint(key),
                    username, session.getClientAddress(), named.why());
            return false;
        }
        session.setAttribute(KeyPerson.ATTRIBUTE, new KeyPerson(named.name().get(), KeyUtils.getFingerPrint(key)));
        LOG.debug("Accepted SSH key {} of {} for user {}", KeyUtils.getFingerPrint(key), named.name().get(), username);
        return true;
    }
}
