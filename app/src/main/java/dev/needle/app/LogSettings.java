package dev.needle.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.adapter.interchange.mail.Notmuch;
import dev.needle.application.port.in.LogConfiguredSourcesUseCase;
import dev.needle.application.port.in.LogMailUseCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code me:} and {@code log:} sections of the configuration file: the user's own mail addresses
 * (when the file names none, notmuch's {@code user.primary_email} and {@code user.other_email}), and the
 * mail sources and calendars {@code needle log configured} reads. A leading {@code ~/} means the home folder.
 */
final class LogSettings {
    private LogSettings() {
    }

    /** The user's own addresses: from the file, else from notmuch's configuration, else none. */
    static Set<String> me(Path configFile, Map<String, String> env) {
        Set<String> mine = new LinkedHashSet<>();
        JsonNode me = section(configFile, "me");
        if (me != null && me.get("addresses") != null) {
            me.get("addresses").forEach(address -> mine.add(address.asText().strip()));
        }
        if (mine.isEmpty()) {
            mine.addAll(new Notmuch(LogUseCases.NOTMUCH, Map.of()).userAddresses());
        }
        return mine;
    }

    /** What the {@code log:} section configures; an empty plan when there is none. */
    static LogConfiguredSourcesUseCase.Plan plan(Path configFile, Map<String, String> env) {
        JsonNode log = section(configFile, "log");
        List<LogMailUseCase.Source> mail = new ArrayList<>();
        List<String> calendars = new ArrayList<>();
        boolean events = false;
        if (log != null) {
            if (log.get("mail") != null) {
                for (JsonNode source : log.get("mail")) {
                    source.fields().forEachRemaining(field -> mail.add(new LogMailUseCase.Source(kind(configFile, field.getKey()),
                            field.getKey().equals("notmuch") ? field.getValue().asText() : home(field.getValue().asText(), env))));
                }
            }
            if (log.get("calendars") != null) {
                log.get("calendars").forEach(calendar -> calendars.add(home(calendar.asText(), env)));
            }
            events = log.get("events") != null && log.get("events").asBoolean();
        }
        return new LogConfiguredSourcesUseCase.Plan(mail, calendars, events, me(configFile, env));
    }

    private static LogMailUseCase.Kind kind(Path configFile, String key) {
        return switch (key) {
            case "maildir" -> LogMailUseCase.Kind.MAILDIR;
            case "mbox" -> LogMailUseCase.Kind.MBOX;
            case "notmuch" -> LogMailUseCase.Kind.NOTMUCH;
            default -> throw new NeedleFailure(NeedleCommand.USAGE, configFile + ": log: mail: \"" + key
                    + "\" is not a kind of mail source; use maildir, mbox or notmuch");
        };
    }

    static String home(String path, Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return path.startsWith("~/") ? Path.of(home).resolve(path.substring(2)).toString() : path;
    }

    private static JsonNode section(Path file, String name) {
        return ConfigSections.section(file, name).orElse(null);
    }
}
