package dev.needle.application.service;

import dev.needle.domain.Contact;
import dev.needle.domain.PrintableText;
import dev.needle.domain.triage.Helper;
import dev.needle.domain.triage.PrepSheet;

/**
 * Renders a prep sheet as Markdown. Values typed by the user are cleaned ({@link PrintableText}) and
 * escaped so a name with {@code *} or a leading {@code #} cannot change the document's structure, and
 * line breaks are folded to spaces: the lines and headings are Needle's own.
 */
public final class PrepSheetMarkdown {
    private PrepSheetMarkdown() {
    }

    public static String write(PrepSheet sheet) {
        StringBuilder md = new StringBuilder();
        md.append("# Prep sheet: ").append(text(sheet.event().name())).append("\n\n");
        md.append(sheet.event().date());
        if (!sheet.event().place().isEmpty()) {
            md.append(" · ").append(text(sheet.event().place()));
        }
        md.append("\n");
        if (sheet.items().isEmpty()) {
            md.append("\n").append(sheet.noNeeds()).append("\n");
        }
        int number = 1;
        for (PrepSheet.Item item : sheet.items()) {
            md.append("\n## ").append(number++).append(". ").append(text(item.need().title())).append("\n\n");
            md.append("*").append(item.need().kind().label()).append(", ").append(item.need().status().label())
                    .append("*\n\n");
            md.append(PrepSheet.ASK).append(": ").append(text(item.question())).append("\n\n");
            if (item.hasNoTargets()) {
                md.append(PrepSheet.NO_TARGETS).append("\n");
                continue;
            }
            if (item.helpers().isEmpty()) {
                md.append(PrepSheet.NOBODY_YET).append("\n");
                continue;
            }
            md.append(item.helpersHeading()).append(":\n\n");
            for (Helper helper : item.helpers()) {
                md.append("- ").append(who(helper.contact()));
                if (!helper.reasons().isEmpty()) {
                    md.append(": ").append(text(String.join("; ", helper.reasons())));
                }
                md.append("\n");
            }
        }
        if (!sheet.youCanOffer().isEmpty()) {
            md.append("\n## ").append(sheet.offerHeading()).append("\n\n");
            sheet.youCanOffer().forEach(line -> md.append("- ").append(text(line)).append("\n"));
        }
        return md.toString();
    }

    private static String who(Contact contact) {
        StringBuilder who = new StringBuilder("**").append(text(contact.name())).append("**");
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
    static String text(String value) {
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
