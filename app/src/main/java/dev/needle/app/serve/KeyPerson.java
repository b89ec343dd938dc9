package dev.needle.app.serve;

import org.apache.sshd.common.AttributeRepository.AttributeKey;

/**
 * Who an SSH session is, as its key decided when it logged in: the person's name and the key's
 * fingerprint. Kept on the SSH session, so the shell acts as the key's person, never as the user name
 * typed at {@code ssh}.
 */
record KeyPerson(String name, String fingerprint) {
    static final AttributeKey<KeyPerson> ATTRIBUTE = new AttributeKey<>();
}
