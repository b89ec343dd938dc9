package dev.needle.app;

import dev.needle.adapter.interchange.ics.IcsEntries;
import dev.needle.adapter.interchange.mail.MailFiles;
import dev.needle.adapter.interchange.mail.Notmuch;
import dev.needle.application.port.in.AcceptMeetingUseCase;
import dev.needle.application.port.in.LogCalendarUseCase;
import dev.needle.application.port.in.LogConfiguredSourcesUseCase;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.service.LogCalendarService;
import dev.needle.application.service.LogConfiguredSourcesService;
import dev.needle.application.service.LogMailService;
import java.time.ZoneId;

/** Logging from mail and calendars already on disk: {@code needle log}, and what a reminder run calls first. */
record LogUseCases(LogMailUseCase mail, LogCalendarUseCase calendar, LogConfiguredSourcesUseCase configured) {
    /** The program notmuch is run as. */
    static final String NOTMUCH = "notmuch";

    static LogUseCases wire(StorePorts stores, ContactStore contacts, Transactions tx, ClockPort clock,
                            LogInteractionUseCase log, RecordMeetingRequestUseCase record, AcceptMeetingUseCase accept) {
        ZoneId zone = clock instanceof SystemClock system ? system.zone() : ZoneId.systemDefault();
        LogMailService mail = new LogMailService(new MailFiles(zone, new Notmuch(NOTMUCH, java.util.Map.of())), contacts,
                stores.loggedSources(), log, tx);
        LogCalendarService calendar = new LogCalendarService(new IcsEntries(zone), contacts, stores.events(),
                stores.loggedSources(), log, record, accept, stores.ids(), clock, tx);
        return new LogUseCases(mail, calendar, new LogConfiguredSourcesService(mail, calendar, tx));
    }
}
