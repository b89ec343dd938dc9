package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacesTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void logLivesUnderXdgStateHome() {
        Places places = Places.fromEnvironment(Map.of("XDG_STATE_HOME", "/srv/state"), home);

        assertThat(places.logFile()).isEqualTo(Path.of("/srv/state/needle/needle.log"));
    }

    @Test
    void defaultsToLocalStateInTheHomeFolder() {
        Places places = Places.fromEnvironment(Map.of(), home);

        assertThat(places.logFile()).isEqualTo(Path.of("/home/ada/.local/state/needle/needle.log"));
    }

    @Test
    void ignoresARelativeXdgStateHomeAsTheSpecificationAsks() {
        Places places = Places.fromEnvironment(Map.of("XDG_STATE_HOME", "state"), home);

        assertThat(places.logFile()).isEqualTo(Path.of("/home/ada/.local/state/needle/needle.log"));
    }

    @Test
    void dataAndConfigFollowTheirOwnVariables() {
        Places places = Places.fromEnvironment(Map.of("XDG_DATA_HOME", "/srv/data", "XDG_CONFIG_HOME", "/srv/conf"), home);

        assertThat(places.dataDir()).isEqualTo(Path.of("/srv/data/needle"));
        assertThat(places.configFile()).isEqualTo(Path.of("/srv/conf/needle/config.yaml"));
    }

    @Test
    void dataAndConfigDefaultUnderTheHomeFolder() {
        Places places = Places.fromEnvironment(Map.of("XDG_DATA_HOME", ""), home);

        assertThat(places.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/needle"));
        assertThat(places.configFile()).isEqualTo(Path.of("/home/ada/.config/needle/config.yaml"));
    }

    @Test
    void theHomeFolderIsTheOneHomeNamesNotThePasswordDatabases() {
        Places places = Places.fromEnvironment(Map.of("HOME", "/tmp/fresh-home"));

        assertThat(places.dataDir()).isEqualTo(Path.of("/tmp/fresh-home/.local/share/needle"));
        assertThat(places.logFile()).isEqualTo(Path.of("/tmp/fresh-home/.local/state/needle/needle.log"));
    }
}
