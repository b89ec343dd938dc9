package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.domain.DateInput;
import dev.needle.domain.EventId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.NeedKind;
import dev.needle.domain.triage.Helper;
import dev.needle.domain.triage.PrepSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event's prep sheet: for each person there, who they are, the needs they fit and what to ask them; then
 * what to ask anyone you meet, and who you know for each need. x exports it as Markdown.
 */
public record PrepSheetView(PrepSheet sheet, int scroll) implements View {

    static PrepSheetView load(EventId event, Session session) {
        return new PrepSheetView(session.useCases().week().prepareEvent().prepare(event), 0);
    }

    @Override
    public String name() {
        return "Prep sheet";
    }

    @Override
    public List<Binding> bindings() {
        return List.of(Binding.on("j/k ↑/↓", "scroll", this::act),
                Binding.on("PgUp/PgDn", "page", this::act).helpOnly(),
                Binding.on("g/G Home/End", "top/bottom", this::act).helpOnly(),
                Binding.on("x", "export Markdown", this::act), Binding.on("c", "capture people met", this::act));
    }

    private Step act(Key key, Session session) {
        java.util.OptionalInt to = scrolledTo(key, session);
        if (to.isPresent()) {
            // A key that cannot move says why, as a pager does at either end.
            return to.getAsInt() != scroll ? Step.stay(new PrepSheetView(sheet, to.getAsInt()))
                    : Step.stay(this).say(key.is('k') || key.is(Key.Type.UP) || key.is(Key.Type.PAGE_UP) || key.is('g')
                    || key.is(Key.Type.HOME) ? "This is the top of the sheet." : "This is the end of the sheet.");
        }
        if (key.is('x')) {
            return Step.open(exportForm());
        }
        if (key.is('c')) {
            return Step.open(CaptureMode.start(sheet.event(), session.useCases().week().today().date()));
        }
        return Step.unhandled();
    }

    /** Where a scrolling key moves the top line, kept within the sheet so k after G moves at once. */
    private java.util.OptionalInt scrolledTo(Key key, Session session) {
        int last = Math.max(0, lines(session.width()).size() - session.height());
        int page = Math.max(1, session.height() - 1);
        int to;
        if (key.is('j') || key.is(Key.Type.DOWN)) {
            to = scroll + 1;
        } else if (key.is('k') || key.is(Key.Type.UP)) {
            to = scroll - 1;
        } else if (key.is(Key.Type.PAGE_DOWN)) {
            to = scroll + page;
        } else if (key.is(Key.Type.PAGE_UP)) {
            to = scroll - page;
        } else if (key.is('g') || key.is(Key.Type.HOME)) {
            to = 0;
        } else if (key.is('G') || key.is(Key.Type.END)) {
            to = last;
        } else {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(Math.max(0, Math.min(to, last)));
    }

    /** A file name from the event, so exports of two events never overwrite each other. */
    String defaultFile() {
        String slug = sheet.event().name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return "prep-" + sheet.event().date() + (slug.isEmpty() ? "" : "-" + slug) + ".md";
    }

    /** The form x opens: where to write this sheet as Markdown. */
    FormView exportForm() {
        return FormView.of("Export prep sheet", "A file name (written in the folder Needle was started in) or a path.",
                List.of(Field.text("file", "File", defaultFile(), v -> {
                    if (v.isBlank()) {
                        throw new InvalidValueException("file", "Name the file to write.");
                    }
                })), (v, s) -> {
                    Path target = s.folder().resolve(v.get("file").strip());
                    String markdown = s.useCases().week().exportPrepSheet().markdown(sheet.event().id());
                    try {
                        Files.writeString(target, markdown, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new InvalidValueException("file", "Could not write " + target + ": " + e.getMessage());
                    }
                    return Step.back().say("Prep sheet written to " + target + ".");
                }).savingOnEnter().about(Drafted.about(Drafted.PREP_EXPORT, sheet.event()));
    }

    @Override
    public View refreshed(Session session) {
        return new PrepSheetView(load(sheet.event().id(), session).sheet, scroll);
    }

    /** Adds the text after the lead, wrapped to the width; the following lines are indented under it. */
    private static void wrapped(List<Line> lines, String lead, String text, int width, Style style) {
        String indent = " ".repeat(Math.min(lead.length(), 8));
        boolean first = true;
        for (String part : SafeText.wrap(text, Math.max(10, width - lead.length()))) {
            lines.add(Line.of((first ? lead : indent) + part, style));
            first = false;
        }
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> all = lines(width);
        int top = Math.max(0, Math.min(scroll, all.size() - height));
        return all.subList(top, Math.min(all.size(), top + height));
    }

    /** Every line of the sheet at this width. */
    private List<Line> lines(int width) {
        List<Line> all = new ArrayList<>();
        // The day as the date fields echo it, and the time with its end: "Thu 2026-12-17 19:00–21:30".
        all.add(Line.of(sheet.event().name() + " · " + DateInput.shown(sheet.event().date())
                + (sheet.event().time().isAllDay() ? "" : " " + sheet.event().time().shown())
                + (sheet.event().place().isEmpty() ? "" : " · " + sheet.event().place()), Style.HEADLINE));
        if (sheet.items().isEmpty()) {
            wrapped(all, "", sheet.noNeeds(), width, Style.DIM);
        }
        // Whom to ask what comes first, as the Markdown export has it: a block per person there.
        if (!sheet.toTalkTo().isEmpty()) {
            all.add(Line.blank());
            all.add(Line.of(PrepSheet.PEOPLE_HEADING, Style.HEADLINE));
        }
        for (PrepSheet.Person person : sheet.toTalkTo()) {
            all.add(Line.blank());
            all.add(Line.of(List.of(Span.of(person.who(), Style.LABEL),
                    Span.of(person.expected() ? "" : "  " + PrepSheet.MAY_BE_THERE, Style.DIM)), Style.NORMAL));
            if (!person.knownHow().isEmpty()) {
                wrapped(all, "   ", person.knownHow(), width, Style.DIM);
            }
            person.fitLines().forEach(line -> wrapped(all, "   ", line, width, Style.NORMAL));
            person.questions().forEach(q -> wrapped(all, "   " + PrepSheet.ASK + ": ", q, width, Style.NORMAL));
            person.theyLookFor().forEach(line -> wrapped(all, "   ", line, width, Style.NORMAL));
        }
        if (!sheet.toGreet().isEmpty()) {
            all.add(Line.blank());
            all.add(Line.of(PrepSheet.GREET_HEADING, Style.HEADLINE));
            sheet.toGreet().forEach(p -> wrapped(all, "   ", p.who(), width, Style.NORMAL));
        }
        List<PrepSheet.Item> strangers = sheet.forStrangers();
        if (!strangers.isEmpty()) {
            all.add(Line.blank());
            all.add(Line.of(PrepSheet.STRANGERS_HEADING, Style.HEADLINE));
        }
        for (PrepSheet.Item item : strangers) {
            all.add(Line.of(List.of(Span.of(item.need().priority() + ". " + item.need().title(), Style.LABEL),
                    Span.of("  " + item.need().kind().label(), Style.DIM)), Style.NORMAL));
            // The question is what you need at the event: wrapped, never cut with an ellipsis.
            wrapped(all, "   " + PrepSheet.ASK + ": ", item.question(), width, Style.NORMAL);
            if (item.hasNoTargets()) {
                wrapped(all, "   ", PrepSheet.NO_TARGETS, width, Style.DIM);
            }
        }
        if (!sheet.othersByNeed().isEmpty()) {
            all.add(Line.blank());
            all.add(Line.of(PrepSheet.BY_NEED_HEADING, Style.HEADLINE));
        }
        for (PrepSheet.Item item : sheet.othersByNeed()) {
            all.add(Line.of(List.of(Span.of(item.need().priority() + ". " + item.need().title(), Style.LABEL),
                    Span.of(item.need().kind() == NeedKind.HIRE ? "  " + item.helpersHeading().toLowerCase(Locale.ROOT) : "",
                            Style.DIM)), Style.NORMAL));
            for (Helper h : item.helpers()) {
                wrapped(all, "   ", h.contact().name() + ": " + String.join("; ", h.reasons()), width, Style.NORMAL);
            }
        }
        if (!sheet.youCanOffer().isEmpty()) {
            all.add(Line.blank());
            all.add(Line.of(sheet.offerHeading(), Style.HEADLINE));
            for (String offer : sheet.youCanOffer()) {
                wrapped(all, "   ", offer, width, Style.NORMAL);
            }
        }
        return all;
    }
}
