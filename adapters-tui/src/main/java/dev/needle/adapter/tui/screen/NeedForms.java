package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The add and edit forms for a need; each field is checked by the domain's own rules as it is left. */
final class NeedForms {
    private NeedForms() {
    }

    /** The direction's kind, which orders the kinds offered; a job search when none is set yet. */
    static DirectionKind direction(Session session) {
        return session.useCases().getDirection().activeDirection().map(Direction::kind).orElse(DirectionKind.JOB_SEARCH);
    }

    /** The kinds are offered in the order the direction needs them first (leads, hire, vendor for a business). */
    static List<Field> fields(String title, NeedKind kind, String targets, String notes, DirectionKind direction) {
        return List.of(
                Field.text("title", "Title", title,
                        v -> Need.open(new NeedId(1), v, NeedKind.OTHER, List.of(), 1)),
                Field.choice("kind", "Kind", direction.needKinds().stream().map(NeedKind::label).toList(), kind.label()),
                Field.text("targets", "Targets", targets, Targets::parse, "company", "role", "topic"),
                Field.text("notes", "Notes", notes, null));
    }

    static FormView add(DirectionKind direction) {
        return FormView.of("Add need", direction.needHint() + " Targets: company:Acme, role:designer, or a topic.",
                fields("", direction.defaultNeedKind(), "", "", direction),
                (v, s) -> {
                    Need added = s.useCases().addNeed().addNeed(command(v));
                    Undo.needAdded(s, added);
                    return Step.back().say("Added need " + added.priority() + ": " + added.title() + ".");
                }).about(Drafted.about(Drafted.NEED_ADD));
    }

    static AddNeedUseCase.Command command(Map<String, String> v) {
        return new AddNeedUseCase.Command(v.get("title"), kind(v.get("kind")), Targets.parse(v.get("targets")),
                v.get("notes"));
    }

    static FormView edit(Need need, DirectionKind direction) {
        List<Field> fields = fields(need.title(), need.kind(), Targets.format(need.targets()), need.notes(), direction);
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
                        .filter(n -> n.id().equals(need.id())).findFirst().map(n -> edit(n, direction))))
                .about(Drafted.about(Drafted.NEED_EDIT, need));
    }

    static NeedKind kind(String label) {
        return Arrays.stream(NeedKind.values()).filter(k -> k.label().equals(label)).findFirst().orElse(NeedKind.OTHER);
    }
}
