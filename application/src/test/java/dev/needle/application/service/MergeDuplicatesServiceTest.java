package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.UndoLog;
import dev.needle.application.UndoLog.Outcome;
import dev.needle.application.port.in.MergeDuplicatesUseCase.Merged;
import dev.needle.application.port.in.MergeDuplicatesUseCase.SuspectedDuplicate;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Expenses;
import dev.needle.domain.Initiator;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Reach;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Suspected duplicates and the merge of a pair, undone as one step. */
class MergeDuplicatesServiceTest {
    private final Fakes fakes = new Fakes();
    private final DeleteContactService delete =
            new DeleteContactService(fakes.contacts, fakes.interactions, fakes.requests, fakes.keepInTouch, fakes.privateNotes,
                    fakes.transactions);
    private final RevertService revert = new RevertService(fakes.contacts, fakes.needs, fakes.requests, fakes.events,
            fakes.interactions, fakes.budget, fakes.keepInTouch, delete, fakes.privateNotes, fakes.transactions);
    private final MergeDuplicatesService service = new MergeDuplicatesService(fakes.contacts, fakes.interactions,
            fakes.requests, fakes.needs, fakes.privateNotes, revert, fakes.transactions);

    private Contact save(long id, String name, String company, List<String> emails, List<String> phones, List<String> urls) {
        return fakes.contacts.save(Contact.capture(new ContactId(id), name).edit().company(company)
                .reach(new Reach(emails, phones, urls)).build());
    }

    @Test
    void pairsShareAnEmailAProfileAPhoneOrANearNameAtOneCompany() {
        save(1, "Ana Ruiz", "Acme", List.of("ana@acme.example"), List.of(), List.of());
        save(2, "Ana María Ruiz", "", List.of("ANA@acme.example"), List.of(), List.of());
        save(3, "Bo Chen", "", List.of(), List.of(), List.of("https://www.linkedin.com/in/bo-chen"));
        save(4, "B. Chen", "", List.of(), List.of(), List.of("http://linkedin.com/in/bo-chen/"));
        save(5, "Cy Diaz", "", List.of(), List.of("+44 7700 900123"), List.of());
        save(6, "Cyrus Diaz", "", List.of(), List.of("07700 900123"), List.of());
        save(7, "Jonathan Smith", "Globex", List.of(), List.of(), List.of());
        save(8, "Jonathon Smith", "Globex Inc.", List.of(), List.of(), List.of());
        save(9, "Jo Smith", "Globex", List.of(), List.of(), List.of("https://www.linkedin.com/in/jo-smith"));
        save(10, "Jo Smith", "Globex", List.of(), List.of(), List.of("https://www.linkedin.com/in/jo-smith-7b2"));
        save(11, "Dee Ng", "Initech", List.of(), List.of("123"), List.of());
        save(12, "Eve Ng", "Initech", List.of(), List.of("123"), List.of());
        save(13, "Ana Garciafield", "Tyrell", List.of(), List.of(), List.of());
        save(14, "Anan Garciaini", "Tyrell", List.of(), List.of(), List.of());

        List<SuspectedDuplicate> pairs = service.suspectedDuplicates();

        assertThat(pairs).extracting(p -> p.left().id().value() + "+" + p.right().id().value() + ": " + p.reason())
                .containsExactly("1+2: same email ana@acme.example",
                        "3+4: same profile URL https://www.linkedin.com/in/bo-chen",
                        "5+6: same phone +44 7700 900123",
                        "7+8: similar name at Globex");
    }

    @Test
    void aMergeKeepsOneContactWithTheChosenValuesMovesTheHistoryAndUndoRestoresBoth() {
        Contact ana = save(1, "Ana Ruiz", "Acme", List.of("ana@acme.example"), List.of(), List.of());
        Contact other = save(2, "Ana María Ruiz", "Acme Inc", List.of("ana@home.example"), List.of("+34 600"), List.of());
        Interaction coffee = fakes.interactions.add(new Interaction(new InteractionId(50), other.id(), Fakes.TODAY,
                Channel.COFFEE, 30, 10, Expenses.NONE, "talked data", Set.of()));
        MeetingRequest asked = fakes.requests.save(MeetingRequest.pending(new MeetingRequestId(60), other.id(),
                Fakes.TODAY, Initiator.THEM, "career advice", Channel.CALL, "", Optional.empty(),
                new CostEstimate(30, 0, Money.ZERO)));
        Need need = fakes.needs.save(Need.open(new NeedId(70), "A data mentor", NeedKind.values()[0], List.of(), 1)
                .markMet(other.id(), Fakes.TODAY));
        UndoLog undo = new UndoLog();

        Merged merged = service.merge(ana.id(), other.id(), Map.of("name", "Ana María Ruiz",
                "email", List.of("ana@acme.example", "ana@home.example"), "phone", List.of("+34 600")));
        undo.record("merge of Ana María Ruiz into Ana Ruiz", merged.changes());

        Contact kept = fakes.contacts.find(ana.id()).orElseThrow();
        assertThat(kept.name()).isEqualTo("Ana María Ruiz");
        assertThat(kept.company()).isEqualTo("Acme");
        assertThat(kept.reach().emails()).containsExactly("ana@acme.example", "ana@home.example");
        assertThat(fakes.contacts.find(other.id())).isEmpty();
        assertThat(fakes.interactions.findByContact(ana.id())).extracting(Interaction::id).containsExactly(coffee.id());
        assertThat(fakes.requests.findByContact(ana.id())).extracting(MeetingRequest::id).containsExactly(asked.id());
        assertThat(fakes.needs.find(need.id()).orElseThrow().metBy()).contains(ana.id());

        assertThat(undo.undo(revert, false)).isEqualTo(new Outcome.Done("merge of Ana María Ruiz into Ana Ruiz"));

        assertThat(fakes.contacts.find(ana.id()).orElseThrow().name()).isEqualTo("Ana Ruiz");
        assertThat(fakes.contacts.find(ana.id()).orElseThrow().reach().emails()).containsExactly("ana@acme.example");
        Contact back = fakes.contacts.find(other.id()).orElseThrow();
        assertThat(back.name()).isEqualTo("Ana María Ruiz");
        assertThat(back.reach().phones()).containsExactly("+34 600");
        assertThat(fakes.interactions.findByContact(other.id())).containsExactly(coffee);
        assertThat(fakes.interactions.findByContact(ana.id())).isEmpty();
        assertThat(fakes.requests.findByContact(other.id())).extracting(MeetingRequest::ask).containsExactly("career advice");
        assertThat(fakes.needs.find(need.id()).orElseThrow().metBy()).contains(other.id());

        assertThat(undo.redo(revert, false)).isEqualTo(new Outcome.Done("merge of Ana María Ruiz into Ana Ruiz"));
        assertThat(fakes.contacts.find(other.id())).isEmpty();
        assertThat(fakes.interactions.findByContact(ana.id())).containsExactly(new Interaction(coffee.id(), ana.id(),
                Fakes.TODAY, Channel.COFFEE, 30, 10, Expenses.NONE, "talked data", Set.of()));
    }
}
