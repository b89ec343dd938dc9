package dev.needle.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code remind: mail: smtp:}: the server the reminder mail is handed to when there is no local sendmail
 * or msmtp. The password is never written in config.yaml (which is often kept in dotfiles and backed up):
 * it comes from a file only the user can read, or from an environment variable (see {@link SmtpPassword}).
 */
record SmtpConfig(String host, int port, Security security, Optional<String> user, Optional<SmtpPassword> password) {
    /** As config.yaml spells it; the port each one usually listens on. */
    enum Security {
        STARTTLS(587), TLS(465), NONE(25);

        final int usualPort;

        Security(int usualPort) {
            this.usualPort = usualPort;
        }
    }

    static final String WHERE = "remind: mail: smtp:";

    /** Reads the section; {@code file} names config.yaml in messages, and relative password files start at its folder. */
    static SmtpConfig read(JsonNode smtp, Path file, Path home) {
        if (!smtp.isObject()) {
            throw refused(file, WHERE + " is a mapping of host, port, security, user and password-file or password-env");
        }
        if (smtp.has("password")) {
            throw refused(file, WHERE + " password is not read from config.yaml, where anyone who sees the file "
                    + "sees it; remove it, put the password in a file only you can read (chmod 600) and name that "
                    + "with password-file, or name an environment variable with password-env");
        }
        String host = text(smtp, "host").orElseThrow(() -> refused(file, WHERE + " host names no mail server"));
        String securityText = text(smtp, "security").orElse("starttls");
        Security security;
        try {
            security = Security.valueOf(securityText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused(file, WHERE + " security is \"" + Printable.clean(securityText) + "\"; write starttls, tls or none");
        }
        int port = port(smtp, file).orElse(security.usualPort);
        Optional<String> user = text(smtp, "user");
        Optional<String> passwordFile = text(smtp, "password-file");
        Optional<String> passwordEnv = text(smtp, "password-env");
        if (passwordFile.isPresent() && passwordEnv.isPresent()) {
            throw refused(file, WHERE + " names both password-file and password-env; keep one");
        }
        Optional<SmtpPassword> password = passwordFile.map(f -> SmtpPassword.inFile(resolve(f, file, home)))
                .or(() -> passwordEnv.map(SmtpPassword::inEnvironment));
        if (user.isPresent() && password.isEmpty()) {
            throw refused(file, WHERE + " user is set but no password: name a file only you can read with "
                    + "password-file, or an environment variable with password-env");
        }
        if (user.isEmpty() && password.isPresent()) {
            throw refused(file, WHERE + " has a password but no user to log in as");
        }
        return new SmtpConfig(host, port, security, user, password);
    }

    private static Optional<Integer> port(JsonNode smtp, Path file) {
        Optional<String> given = text(smtp, "port");
        if (given.isEmpty()) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(given.get());
            if (port >= 1 && port <= 65535) {
                return Optional.of(port);
            }
        } catch (NumberFormatException e) {
            // said below, with the value
        }
        throw refused(file, WHERE + " port is \"" + Printable.clean(given.get()) + "\"; write a number such as 587");
    }

    private static Path resolve(String path, Path file, Path home) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/")) {
            return home.resolve(path.substring(2));
        }
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? Path.of(path) : folder.resolve(path);
    }

    private static Optional<String> text(JsonNode section, String field) {
        JsonNode value = section.get(field);
        return value == null || value.isNull() ? Optional.empty()
                : Optional.of(value.asText().strip()).filter(t -> !t.isEmpty());
    }

    private static NeedleFailure refused(Path file, String problem) {
        return new NeedleFailure(NeedleCommand.USAGE, file + ": " + problem);
    }
}
