package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords never appear in what a failed open reports, and never reach the driver inside a URL. */
class CredentialsTest {
    private static final String SECRET = "hunter2-very-secret";

    @TempDir
    Path tmp;

    @Test
    void aPostgresUrlsCredentialsAreTakenOutOfTheUrl() {
        Login login = Login.of("jdbc:postgresql://db.example:5432/needle?user=ada&password=" + SECRET + "&sslmode=require", "env-user", "env-pw");

        assertThat(login.url()).isEqualTo("jdbc:postgresql://db.example:5432/needle?sslmode=require");
        assertThat(login.user()).isEqualTo("ada");
        assertThat(login.password()).isEqualTo(SECRET);
        assertThat(login.toString()).doesNotContain(SECRET);
    }

    @Test
    void credentialsFromOutsideTheUrlAreUsedWhenItHasNone() {
        Login login = Login.of("jdbc:postgresql://db.example/needle", "env-user", "env-pw");

        assertThat(login.url()).isEqualTo("jdbc:postgresql://db.example/needle");
        assertThat(login.user()).isEqualTo("env-user");
        assertThat(login.password()).isEqualTo("env-pw");
    }

    @Test
    void anUnreachablePostgresServerIsReportedWithoutThePasswordOrTheUrl() {
        String url = "jdbc:postgresql://127.0.0.1:1/needle?user=ada&password=" + SECRET;

        assertThatThrownBy(() -> JdbiPersistence.open(url, null, null))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasNoCause()
                .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain(SECRET).doesNotContain(url))
                .hasMessageStartingWith("cannot open the database");
    }

    @Test
    void aWrongH2PasswordIsReportedWithoutEitherPassword() {
        String url = H2Urls.fileUrl(tmp);
        JdbiPersistence.open(url, "needle", "the-right-" + SECRET).close();

        assertThatThrownBy(() -> JdbiPersistence.open(url, "needle", "the-wrong-" + SECRET))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Wrong user name or password")
                .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain(SECRET));
    }

    private static String stackTraceOf(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
