package dev.needle.adapter.interchange.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The channel with the real {@code notify-send} on a private D-Bus session bus of the test's own
 * ({@code dbus-daemon --session}, what {@code dbus-run-session} starts), watched by {@code dbus-monitor}.
 * No notification daemon is packaged for the build machine, so this proves the channel reaches the bus
 * and reports the missing daemon in one plain line; a delivered notification is covered by the
 * fake-program test ({@link ReminderChannelsTest}), and skipped here loudly if a daemon ever answers.
 */
class NotifySendOnPrivateBusTest {
    private static final ReminderDigest DIGEST = new ReminderDigest(LocalDate.of(2026, 3, 18),
            List.of(new ReminderDigest.Line("follow-up:2:2026-03-16", "Bo Chen")), List.of(), List.of());

    @TempDir
    Path dir;

    @Test
    void onABusWithoutANotificationDaemonTheChannelSaysSo() throws Exception {
        assumeTrue(onPath("dbus-daemon") && onPath("notify-send") && onPath("dbus-monitor"),
                "SKIPPED LOUDLY: dbus-daemon, dbus-monitor or notify-send is not installed (Debian: dbus, libnotify-bin)");
        Process bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1")
                .redirectError(dir.resolve("bus.log").toFile()).start();
        Process monitor = null;
        try {
            String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assumeTrue(address != null && !address.isBlank(), "SKIPPED LOUDLY: dbus-daemon gave no bus address");
            Path watched = dir.resolve("monitor.txt");
            ProcessBuilder watch = new ProcessBuilder("dbus-monitor", "--address", address.strip(),
                    "interface=org.freedesktop.Notifications").redirectOutput(watched.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            monitor = watch.start();
            Thread.sleep(300); // dbus-monitor must be listening before the call it is to see
            DesktopNotificationChannel channel = new DesktopNotificationChannel(Map.of("PATH",
                    System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "DBUS_SESSION_BUS_ADDRESS", address.strip()));

            try {
                channel.send(DIGEST);
                assumeTrue(false, "SKIPPED LOUDLY: a notification daemon answered on the private bus; "
                        + "the fake-program test covers the delivered case");
            } catch (ReminderChannel.Failed failed) {
                assertThat(failed).hasMessage("no notification daemon is running on the desktop session bus, "
                        + "so notify-send could not show the reminder");
            }
            Thread.sleep(300);
            assertThat(Files.readString(watched, StandardCharsets.UTF_8))
                    .contains("destination=org.freedesktop.Notifications");
        } finally {
            if (monitor != null) {
                monitor.destroy();
                monitor.waitFor(5, TimeUnit.SECONDS);
            }
            bus.destroy();
            bus.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutAnyBusTheChannelRefusesBeforeRunningAnything() {
        assertThatThrownBy(() -> new DesktopNotificationChannel(Map.of("PATH", dir.toString())).send(DIGEST))
                .hasMessageStartingWith("no desktop session bus is reachable");
    }

    private static boolean onPath(String program) throws IOException {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
