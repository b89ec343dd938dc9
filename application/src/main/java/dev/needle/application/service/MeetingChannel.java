package dev.needle.application.service;

import dev.needle.application.port.in.CalendarEntry;
import dev.needle.domain.Channel;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a calendar entry took place, guessed from where it was: a video-meeting link (Zoom, Google Meet,
 * Teams, Jitsi, Whereby, Webex) in the location or URL makes a video call; the word "call" or "phone",
 * or a telephone number, as the location, or "call"/"phone" in the title with no location, make a call;
 * anything else is an in-person meeting.
 */
final class MeetingChannel {
    private static final Pattern VIDEO = Pattern.compile(
            "zoom\\.us|meet\\.google|teams\\.microsoft|teams\\.live|meet\\.jit\\.si|jitsi|whereby\\.com|webex\\.com");
    private static final Pattern CALL = Pattern.compile("\\b(call|phone|telephone|tel)\\b|^\\+?[0-9][0-9 ()./-]{5,}$");

    private MeetingChannel() {
    }

    static Channel of(CalendarEntry entry) {
        String where = (entry.location() + " " + entry.url()).toLowerCase(Locale.ROOT);
        if (VIDEO.matcher(where).find()) {
            return Channel.VIDEO;
        }
        String location = entry.location().toLowerCase(Locale.ROOT);
        if (CALL.matcher(location).find()
                || (location.isEmpty() && CALL.matcher(entry.summary().toLowerCase(Locale.ROOT)).find())) {
            return Channel.CALL;
        }
        return Channel.IN_PERSON;
    }
}
