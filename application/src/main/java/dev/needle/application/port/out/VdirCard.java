package dev.needle.application.port.out;

import java.util.Objects;

/**
 * One file of a vdir as read now: its name in the folder, its bytes, and its etag (a hash of the
 * bytes, so a file rewritten with the same content counts as unchanged whatever its time stamp).
 */
public record VdirCard(String href, byte[] bytes, String etag) {
    public VdirCard {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(etag, "etag");
    }
}
