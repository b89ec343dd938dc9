package dev.needle.adapter.interchange.remind;

import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest as one desktop notification through {@code notify-send}, which needs the user's session
 * bus: from cron there is none unless {@code DBUS_SESSION_BUS_ADDRESS} is set or the systemd user bus
 * socket ({@code $XDG_RUNTIME_DIR/bus}) exists, so that is checked first and said plainly.
 */
public final class DesktopNotificationChannel implements ReminderChannel {
    private final Map<String, String> environment;
    private final ExternalCommand runner;

    public DesktopNotificationChannel(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.runner = new ExternalCommand(environment);
    }

    @Override
    public void send(ReminderDigest digest) {
        if (sessionBus().isEmpty()) {
            throw new ReminderChannel.Failed("no desktop session bus is reachable (DBUS_SESSION_BUS_ADDRESS is not set); "
                    + "run from your desktop session, or set remind: channel: mail in config.yaml");
        }
        if (runner.locate("notify-send").isEmpty()) {
            throw new ReminderChannel.Failed("notify-send was not found on the PATH (Debian and Ubuntu: libnotify-bin)");
        }
        try {
            runner.run(List.of("notify-send", "--app-name=Needle", "--icon=x-office-address-book", digest.subject(),
                    digest.body()), new byte[0]);
        } catch (ReminderChannel.Failed failed) {
            // notify-send reports a missing daemon in D-Bus's own words; say it in the user's.
            if (failed.getMessage().contains("ServiceUnknown") || failed.getMessage().contains("was not provided by any")) {
                throw new ReminderChannel.Failed("no notification daemon is running on the desktop session bus, "
                        + "so notify-send could not show the reminder");
            }
            throw failed;
        }
    }

    /** The session bus address to use, when one is known. */
    Optional<String> sessionBus() {
        String given = environment.get("DBUS_SESSION_BUS_ADDRESS");
        if (given != null && !given.isBlank()) {
            return Optional.of(given);
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"))) {
            return Optional.of("unix:path=" + Path.of(runtime, "bus"));
        }
        return Optional.empty();
    }
}
