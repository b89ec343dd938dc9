package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatePlacesTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void logLivesUnderXdgStateHome() {
        StatePlaces places = StatePlaces.fromEnvironment(Map.of("XDG_STATE_HOME", "/srv/state"), home);

        assertThat(places.logFile()).isEqualTo(Path.of("/srv/state/needle/needle.log"));
    }

    @Test
    void defaultsToLocalStateInTheHomeFolder() {
        StatePlaces places = StatePlaces.fromEnvironment(Map.of(), home);

        assertThat(places.logFile()).isEqualTo(Path.of("/home/ada/.local/state/needle/needle.log"));
    }

    @Test
    void ignoresARelativeXdgStateHomeAsTheSpecificationAsks() {
        StatePlaces places = StatePlaces.fromEnvironment(Map.of("XDG_STATE_HOME", "state"), home);

        assertThat(places.logFile()).isEqualTo(Path.of("/home/ada/.local/state/needle/needle.log"));
    }
}
