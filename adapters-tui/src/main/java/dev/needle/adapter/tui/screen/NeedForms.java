package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The add and edit forms for a need; each field is checked by the domain's own rules as it is left. */
final class NeedForms {
    private static final List<String> KINDS = Arrays.stream(NeedKind.values()).map(NeedKind::label).toList();

    private NeedForms() {
    }

    static List<Field> fields(String title, NeedKind kind, String targets, String notes) {
        return List.of(
                Field.text("title", "Title", title,
                        v -> Need.open(new NeedId(1), v, NeedKind.OTHER, List.of(), 1)),
                Field.choice("kind", "Kind", KINDS, kind.label()),
                Field.text("targets", "Targets", targets, Targets::parse, "company", "role", "topic"),
                Field.text("notes", "Notes", notes, null));
    }

    static FormView add() {
        return FormView.of("Add need", "Targets: company:Acme, role:designer, or a topic; separate with commas.",
                fields("", NeedKind.INFORMATIONAL_INTERVIEW, "", ""),
                (v, s) -> {
                    Need added = s.useCases().addNeed().addNeed(command(v));
                    Undo.needAdded(s, added);
                    return Step.back().say("Added need " + added.priority() + ": " + added.title() + ".");
                });
    }

    static AddNeedUseCase.Command command(Map<String, String> v) {
        return new AddNeedUseCase.Command(v.get("title"), kind(v.get("kind")), Targets.parse(v.get("targets")),
                v.get("notes"));
    }

    static FormView edit(Need need) {
        List<Field> fields = fields(need.title(), need.kind(), Targets.format(need.targets()), need.notes());
        FormView.Saver save = (v, s) -> {
            EditNeedUseCase.Command edit = new EditNeedUseCase.Command(need.id(), need.version(),
                    v.get("title"), kind(v.get("kind")), Targets.parse(v.get("targets")), v.get("notes"));
            Need saved = s.useCases().editNeed().editNeed(need, edit);
            Undo.need(s, "edit of \"" + need.title() + "\"", need,
                    need.withDetails(saved.title(), saved.kind(), saved.targets(), saved.notes()));
            return Step.back().say("Saved \"" + v.get("title").strip() + "\".");
        };
        return FormView.of("Edit need", "", fields, new ReloadingSaver("\"" + need.title() + "\"",
                ReloadingSaver.valuesOf(fields), save, s -> s.useCases().listNeeds().listNeeds().stream()
                        .filter(n -> n.id().equals(need.id())).findFirst().map(NeedForms::edit)));
    }

    static NeedKind kind(String label) {
        return Arrays.stream(NeedKind.values()).filter(k -> k.label().equals(label)).findFirst().orElse(NeedKind.OTHER);
    }
}
