package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.LogReport;
import dev.needle.domain.InvalidValueException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Runs one logging and prints its reports, as text or JSON; a refused source is one line on stderr, nothing kept. */
final class LogRun {
    private LogRun() {
    }

    static int run(Subcommand command, Supplier<List<LogReport>> work, boolean json, boolean suggest) {
        PrintWriter out = command.out();
        List<LogReport> reports;
        try {
            reports = work.get();
        } catch (InterchangeException refused) {
            return command.fail(NeedleCommand.BAD_INPUT, English.followedBy(refused.getMessage(), "nothing was logged"));
        } catch (InvalidValueException refused) {
            return command.fail(NeedleCommand.USAGE, refused.getMessage());
        }
        if (json) {
            out.println(Json.write(reports.stream().map(LogRun::json).toList()));
        } else {
            reports.forEach(report -> text(out, report, suggest));
        }
        out.flush();
        return NeedleCommand.DONE;
    }

    static Set<String> me(Subcommand command) {
        NeedleCommand root = command.root();
        return LogSettings.me(configFile(root), root.environment());
    }

    static Path configFile(NeedleCommand root) {
        return root.configFile().orElse(root.places().configFile());
    }

    /** Unreadable messages named in the text report; a broken mbox could have thousands. */
    private static final int SHOWN_UNREADABLE = 5;

    private static void text(PrintWriter out, LogReport report, boolean suggest) {
        String verb = report.dryRun() ? "Would log" : "Logged";
        out.println(Printable.clean(report.source() + ": read " + report.read() + ", "
                + (report.dryRun() ? "would log " : "logged ") + count(report.interactions().size(), "interaction")
                + (report.meetings().isEmpty() ? "" : ", " + (report.dryRun() ? "would schedule " : "scheduled ")
                + count(report.meetings().size(), "meeting"))
                + (report.events().isEmpty() ? "" : ", " + (report.dryRun() ? "would plan " : "planned ")
                + count(report.events().size(), "event"))
                + ", " + report.alreadyLogged() + " logged before" + (report.dryRun() ? " (dry run: nothing changed)" : "")));
        report.interactions().forEach(i -> out.println(Printable.clean("  " + verb + ": " + i.date() + "  " + i.name()
                + "  " + i.channel().label() + (i.minutes() > 0 ? ", " + i.minutes() + " min" : "") + "  " + i.notes())));
        report.meetings().forEach(m -> out.println(Printable.clean("  " + (report.dryRun() ? "Would schedule" : "Scheduled") + ": " + m.date() + "  " + m.name() + "  "
                + m.channel().label() + "  " + m.notes())));
        report.events().forEach(e -> out.println(Printable.clean("  " + (report.dryRun() ? "Would plan" : "Planned") + ": " + e.date()
                + (e.time().isAllDay() ? "" : " " + e.time().shown()) + "  " + e.name()
                + (e.place().isEmpty() ? "" : "  " + e.place()))));
        report.skipped().forEach((why, n) -> out.println(Printable.clean("  Skipped " + skipped(why, n))));
        report.unreadable().stream().limit(SHOWN_UNREADABLE).forEach(line -> out.println(Printable.clean("    " + line)));
        if (report.unreadable().size() > SHOWN_UNREADABLE) {
            out.println("    and " + (report.unreadable().size() - SHOWN_UNREADABLE) + " more (--json lists them all)");
        }
        if (!report.unknown().isEmpty()) {
            if (suggest) {
                out.println("  People you do not have yet (capture them on the Contacts screen with a, or pipe one of "
                        + "their messages to `needle add-from-mail`):");
                report.unknown().forEach(u -> out.println(Printable.clean("    " + (u.name().isEmpty() ? "" : u.name() + " ")
                        + "<" + u.email() + ">  " + count(u.messages(), "message"))));
            } else {
                out.println("  " + count(report.unknown().size(), "address") + " you do not know yet; --suggest lists them");
            }
        }
    }

    /**
     * A reason to skip with its count, as a sentence says it: "1 message from a mailing list or
     * newsletter", "3 entries with nobody you know". The reasons are the JSON's keys
     * (docs/cli-json.md) and stay as they are; only the printed line follows the count.
     */
    static String skipped(String why, int n) {
        String[] forms = switch (why) {
            case "mailing lists and newsletters" -> new String[] {"message from a mailing list or newsletter",
                "messages from mailing lists and newsletters"};
            case "automatic messages" -> new String[] {"automatic message", "automatic messages"};
            case "no-reply senders" -> new String[] {"message from a no-reply sender", "messages from no-reply senders"};
            case "messages without a readable From: or Date: header" -> new String[] {
                "message without a readable From: or Date: header", "messages without a readable From: or Date: header"};
            case "not between you and someone you know" -> new String[] {
                "message not between you and someone you know", "messages not between you and someone you know"};
            case "entries with nobody you know" -> new String[] {"entry with nobody you know", "entries with nobody you know"};
            default -> new String[] {why, why};
        };
        return n + " " + (n == 1 ? forms[0] : forms[1]);
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
    }

    private static Map<String, Object> json(LogReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", report.source());
        doc.put("dry_run", report.dryRun());
        doc.put("read", report.read());
        doc.put("interactions", logged(report.interactions()));
        doc.put("meetings", logged(report.meetings()));
        List<Object> events = new ArrayList<>();
        report.events().forEach(e -> {
            // The time of day as the YAML format writes it (starts-at, ends-at); null when all day or no end.
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("name", e.name());
            event.put("date", e.date().toString());
            event.put("starts_at", e.time().start().map(Object::toString).orElse(null));
            event.put("ends_at", e.time().end().map(Object::toString).orElse(null));
            event.put("place", e.place());
            events.add(event);
        });
        doc.put("events", events);
        doc.put("already_logged", report.alreadyLogged());
        doc.put("skipped", report.skipped());
        doc.put("unreadable", report.unreadable());
        List<Object> unknown = new ArrayList<>();
        report.unknown().forEach(u -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", u.name());
            one.put("email", u.email());
            one.put("messages", u.messages());
            unknown.add(one);
        });
        doc.put("unknown", unknown);
        return doc;
    }

    private static List<Object> logged(List<LogReport.Logged> list) {
        List<Object> out = new ArrayList<>();
        for (LogReport.Logged l : list) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("contact", l.contact().value());
            one.put("name", l.name());
            one.put("date", l.date().toString());
            one.put("channel", Words.word(l.channel()));
            one.put("minutes", l.minutes());
            one.put("notes", l.notes());
            out.add(one);
        }
        return out;
    }
}
