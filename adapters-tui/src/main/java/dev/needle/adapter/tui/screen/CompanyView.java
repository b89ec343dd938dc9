package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.FindPeopleAtCompanyUseCase.PeopleAtCompany;
import dev.needle.domain.Contact;
import java.util.ArrayList;
import java.util.List;

/** Who do I know at a company: those working there, then those met through one of them. Enter opens a person. */
public record CompanyView(PeopleAtCompany people, Cursor cursor) implements View {

    static CompanyView load(String company, Session session) {
        PeopleAtCompany found = session.useCases().week().peopleAtCompany().peopleAt(company.strip());
        return new CompanyView(found, Cursor.over(found.working().size() + found.metThrough().size()));
    }

    private List<Contact> everyone() {
        List<Contact> all = new ArrayList<>(people.working());
        all.addAll(people.metThrough());
        return all;
    }

    @Override
    public String name() {
        return "At " + people.company();
    }

    @Override
    public List<Binding> bindings() {
        return Binding.list(cursor.keys(c -> new CompanyView(people, c)), Binding.on("Enter", "open contact",
                (k, s) -> Step.open(ContactDetailView.load(everyone().get(cursor.index()).id(), s))).when(!cursor.isEmpty()));
    }

    @Override
    public View refreshed(Session session) {
        CompanyView fresh = load(people.company(), session);
        return new CompanyView(fresh.people, cursor.following(everyone(), fresh.everyone(), Contact::id));
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Who you know at " + people.company(), Style.HEADLINE));
        if (everyone().isEmpty()) {
            lines.add(Line.of("Nobody yet. Ask the people you meet who they know there.", Style.DIM));
            return lines;
        }
        int index = 0;
        int name = Math.max(10, width / 3);
        for (Contact c : everyone()) {
            boolean through = index >= people.working().size();
            if (index == 0 && !through) {
                lines.add(Line.of("Working there", Style.LABEL));
            }
            if (index == people.working().size()) {
                lines.add(Line.of("Met through someone there", Style.LABEL));
            }
            Style style = index == cursor.index() ? Style.SELECTED : Style.NORMAL;
            // A name typed in part ("Bluebird") may find more than one company: say which.
            boolean named = through || !c.worksAt(people.company());
            String detail = named ? c.company() + (c.role().isEmpty() ? "" : " · " + c.role()) : c.role();
            lines.add(Line.of(List.of(Span.column("  " + c.name(), name, style),
                    Span.column(detail, Math.max(6, width - name), style)), style));
            index++;
        }
        return lines.size() <= height ? lines : lines.subList(0, height);
    }
}
