package dev.needle.application.service;

import dev.needle.application.port.in.LogCalendarUseCase;
import dev.needle.application.port.in.LogConfiguredSourcesUseCase;
import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.LogReport;
import dev.needle.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;

/** Logs every configured mail source, then every calendar, in one unit: one unreadable source keeps nothing. */
public final class LogConfiguredSourcesService implements LogConfiguredSourcesUseCase {
    private final LogMailUseCase mail;
    private final LogCalendarUseCase calendar;
    private final Transactions transactions;

    public LogConfiguredSourcesService(LogMailUseCase mail, LogCalendarUseCase calendar, Transactions transactions) {
        this.mail = mail;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    @Override
    public List<LogReport> logConfigured(Plan plan, boolean dryRun) {
        return transactions.inTransaction(() -> {
            List<LogReport> reports = new ArrayList<>();
            plan.mail().forEach(source -> reports.add(mail.logMail(new LogMailUseCase.Command(source, plan.me(), dryRun))));
            plan.calendars().forEach(location -> reports.add(calendar.logCalendar(
                    new LogCalendarUseCase.Command(location, plan.me(), plan.importEvents(), dryRun))));
            return reports;
        });
    }
}
