package dev.needle.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * Where the SMTP password is kept: a file that only its owner can read (like {@code ~/.netrc} or
 * ssh's keys, a file others can read is refused rather than used, so a leak is noticed, not repeated),
 * or an environment variable (for a systemd credential or a secret the cron line reads first).
 */
sealed interface SmtpPassword {
    /** The password; a one-line refusal (exit 2) naming the file or variable when it cannot be had safely. */
    String read(Map<String, String> environment);

    static SmtpPassword inFile(Path file) {
        return new InFile(file);
    }

    static SmtpPassword inEnvironment(String variable) {
        return new InEnvironment(variable);
    }

    record InFile(Path file) implements SmtpPassword {
        private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

        @Override
        public String read(Map<String, String> environment) {
            String named = "the SMTP password file " + file;
            try {
                if (!Files.isRegularFile(file)) {
                    throw refused(named + " is not there (remind: mail: smtp: password-file)");
                }
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                    if (permissions.stream().anyMatch(OTHERS::contains)) {
                        throw refused(named + " (mode " + octal(permissions) + ") can be read or changed by other "
                                + "users; make it yours alone with: chmod 600 " + file);
                    }
                }
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                String password = text.lines().findFirst().orElse("");
                if (password.isEmpty()) {
                    throw refused(named + " is empty; its first line is the password");
                }
                return password;
            } catch (NoSuchFileException e) {
                throw refused(named + " is not there (remind: mail: smtp: password-file)");
            } catch (CharacterCodingException e) {
                throw refused(named + " is not UTF-8 text");
            } catch (IOException e) {
                throw refused("cannot read " + named + ": " + e.getMessage());
            }
        }

        private static String octal(Set<PosixFilePermission> permissions) {
            int mode = 0;
            for (PosixFilePermission p : permissions) {
                mode |= 0400 >> p.ordinal(); // OWNER_READ is 0, OTHERS_EXECUTE is 8, in mode-bit order
            }
            return String.format("%04o", mode);
        }
    }

    record InEnvironment(String variable) implements SmtpPassword {
        @Override
        public String read(Map<String, String> environment) {
            String password = environment.get(variable);
            if (password == null || password.isEmpty()) {
                throw refused("the environment variable " + variable + " that remind: mail: smtp: password-env names "
                        + "is not set (cron and systemd timers start with few variables; set it in the crontab line "
                        + "or the unit's Environment=, or use password-file)");
            }
            return password;
        }
    }

    private static NeedleFailure refused(String problem) {
        return new NeedleFailure(NeedleCommand.USAGE, problem);
    }
}
