package dev.needle.application.service;

import dev.needle.domain.Contact;
import dev.needle.domain.PrintableText;
import dev.needle.domain.triage.Helper;
import dev.needle.domain.triage.PrepSheet;
import java.util.List;

/**
 * Renders a prep sheet as Markdown, or as plain text for a calendar entry's description, where marks
 * and escapes would show as they are. Values typed by the user are cleaned ({@link PrintableText}),
 * in Markdown escaped so a name with {@code *} or a leading {@code #} cannot change the document's
 * structure, and line breaks are folded to spaces: the lines and headings are Needle's own.
 */
public final class PrepSheetDocument {
    private final boolean markdown;

    private PrepSheetDocument(boolean markdown) {
        this.markdown = markdown;
    }

    public static String markdown(PrepSheet sheet) {
        return new PrepSheetDocument(true).render(sheet);
    }

    /** The same sheet without Markdown's marks: headings, bold and italics as plain lines. */
    public static String plainText(PrepSheet sheet) {
        return new PrepSheetDocument(false).render(sheet);
    }

    private String render(PrepSheet sheet) {
        StringBuilder md = new StringBuilder();
        md.append(mark("# ")).append("Prep sheet: ").append(text(sheet.event().name())).append("\n\n");
        md.append(sheet.event().date());
        if (!sheet.event().time().isAllDay()) {
            // "2026-12-17 at 7 pm", or "from 7 pm to 9:30 pm", as a message says the time.
            md.append(" ").append(sheet.event().time().said());
        }
        if (!sheet.event().place().isEmpty()) {
            md.append(" · ").append(text(sheet.event().place()));
        }
        md.append("\n");
        if (sheet.items().isEmpty()) {
            md.append("\n").append(sheet.noNeeds()).append("\n");
        }
        // Whom to ask what comes first: a block per person there, most help first.
        if (!sheet.toTalkTo().isEmpty()) {
            md.append("\n").append(mark("## ")).append(PrepSheet.PEOPLE_HEADING).append("\n");
        }
        for (PrepSheet.Person person : sheet.toTalkTo()) {
            md.append("\n").append(mark("### ")).append(text(person.who()))
                    .append(person.expected() ? "" : " (" + PrepSheet.MAY_BE_THERE + ")").append("\n\n");
            if (!person.knownHow().isEmpty()) {
                md.append(text(person.knownHow())).append("\n\n");
            }
            person.fitLines().forEach(line -> md.append("- ").append(text(line)).append("\n"));
            person.questions().forEach(q -> md.append("- ").append(PrepSheet.ASK).append(": ").append(text(q)).append("\n"));
            person.theyLookFor().forEach(line -> md.append("- ").append(text(line)).append("\n"));
        }
        if (!sheet.toGreet().isEmpty()) {
            md.append("\n").append(mark("## ")).append(PrepSheet.GREET_HEADING).append("\n\n");
            sheet.toGreet().forEach(p -> md.append("- ").append(who(p.contact())).append("\n"));
        }
        List<PrepSheet.Item> strangers = sheet.forStrangers();
        if (!strangers.isEmpty()) {
            md.append("\n").append(mark("## ")).append(PrepSheet.STRANGERS_HEADING).append("\n");
        }
        for (PrepSheet.Item item : strangers) {
            md.append("\n").append(mark("### ")).append(item.need().priority()).append(". ").append(text(item.need().title()))
                    .append("\n\n");
            md.append(mark("*")).append(item.need().kind().label()).append(", ").append(item.need().status().label())
                    .append(mark("*")).append("\n\n");
            md.append(PrepSheet.ASK).append(": ").append(text(item.question())).append("\n");
            if (item.hasNoTargets()) {
                md.append("\n").append(PrepSheet.NO_TARGETS).append("\n");
            }
        }
        if (!sheet.othersByNeed().isEmpty()) {
            md.append("\n").append(mark("## ")).append(PrepSheet.BY_NEED_HEADING).append("\n");
        }
        for (PrepSheet.Item item : sheet.othersByNeed()) {
            md.append("\n").append(mark("### ")).append(item.need().priority()).append(". ").append(text(item.need().title()))
                    .append("\n\n");
            if (item.need().kind() == dev.needle.domain.NeedKind.HIRE) {
                md.append(item.helpersHeading()).append(":\n\n");
            }
            for (Helper helper : item.helpers()) {
                md.append("- ").append(who(helper.contact()));
                if (!helper.reasons().isEmpty()) {
                    md.append(": ").append(text(String.join("; ", helper.reasons())));
                }
                md.append("\n");
            }
        }
        if (!sheet.youCanOffer().isEmpty()) {
            md.append("\n").append(mark("## ")).append(sheet.offerHeading()).append("\n\n");
            sheet.youCanOffer().forEach(line -> md.append("- ").append(text(line)).append("\n"));
        }
        return md.toString();
    }

    private String mark(String markdownOnly) {
        return markdown ? markdownOnly : "";
    }

    private String who(Contact contact) {
        StringBuilder who = new StringBuilder(mark("**")).append(text(contact.name())).append(mark("**"));
        String at = String.join(", ", java.util.stream.Stream.of(contact.role(), contact.company())
                .filter(s -> !s.isEmpty()).toList());
        if (!at.isEmpty()) {
            who.append(" (").append(text(at)).append(")");
        }
        return who.toString();
    }

    /**
     * Cleans the value by the rule every output follows (no escape sequence, control or bidi
     * override; one line), then escapes Markdown's structural characters.
     */
    private String text(String value) {
        return markdown ? escaped(value) : PrintableText.line(value);
    }

    static String escaped(String value) {
        String oneLine = PrintableText.line(value);
        StringBuilder out = new StringBuilder();
        for (char c : oneLine.toCharArray()) {
            if ("\\`*_[]#<>|!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
