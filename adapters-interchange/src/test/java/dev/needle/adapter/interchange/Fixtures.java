package dev.needle.adapter.interchange;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the hand-made sample exports under src/test/resources. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
