package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.application.NotFoundException;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedServicesTest {
    private final Fakes fakes = new Fakes();
    private final AddNeedService add = new AddNeedService(fakes.needs, fakes.ids);
    private final ReorderNeedService reorder = new ReorderNeedService(fakes.needs, fakes.transactions);
    private final ListNeedsService list = new ListNeedsService(fakes.needs);

    private Need add(String title) {
        return add.addNeed(new AddNeedUseCase.Command(title, NeedKind.INFORMATIONAL_INTERVIEW,
                List.of(Target.topic(title)), ""));
    }

    private List<String> titles() {
        return list.listNeeds().stream().map(Need::title).toList();
    }

    @Test
    void aNewNeedGoesToTheBottomOfTheList() {
        add("market research");
        add("ux design");
        Need third = add("data science");

        assertThat(third.priority()).isEqualTo(3);
        assertThat(third.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(titles()).containsExactly("market research", "ux design", "data science");
    }

    @Test
    void movingANeedUpRenumbersTheWholeListFromOne() {
        add("a");
        add("b");
        Need c = add("c");

        List<Need> order = reorder.moveNeed(c.id(), 1);

        assertThat(order).extracting(Need::title).containsExactly("c", "a", "b");
        assertThat(order).extracting(Need::priority).containsExactly(1, 2, 3);
        assertThat(titles()).containsExactly("c", "a", "b");
    }

    @Test
    void aPlaceBeyondTheEndsIsClampedToThem() {
        Need a = add("a");
        add("b");

        assertThat(reorder.moveNeed(a.id(), 99)).extracting(Need::title).containsExactly("b", "a");
        assertThat(reorder.moveNeed(a.id(), -5)).extracting(Need::title).containsExactly("a", "b");
        assertThat(list.listNeeds()).extracting(Need::priority).containsExactly(1, 2);
    }

    @Test
    void reorderingANeedThatIsGoneSaysSo() {
        add("a");
        assertThatThrownBy(() -> reorder.moveNeed(new NeedId(4242), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void markingANeedMetRecordsWhoMetItAndToday() {
        Need need = add("intro to Acme");
        Contact ana = fakes.contacts.save(Contact.capture(new ContactId(7), "Ana Ruiz"));

        Need met = new MarkNeedMetService(fakes.needs, fakes.contacts, fakes.clock).markMet(need.id(), ana.id());

        assertThat(met.status()).isEqualTo(NeedStatus.MET);
        assertThat(met.metBy()).contains(ana.id());
        assertThat(met.metOn()).contains(Fakes.TODAY);
        assertThat(fakes.needs.find(need.id())).contains(met);
    }

    @Test
    void aNeedCannotBeMetBySomeoneWhoDoesNotExist() {
        Need need = add("intro to Acme");
        assertThatThrownBy(() -> new MarkNeedMetService(fakes.needs, fakes.contacts, fakes.clock)
                .markMet(need.id(), new ContactId(99))).isInstanceOf(NotFoundException.class);
        assertThat(fakes.needs.find(need.id()).orElseThrow().status()).isEqualTo(NeedStatus.OPEN);
    }

    @Test
    void editingKeepsThePlaceAndChangesTheDetails() {
        add("a");
        Need b = add("b");
        EditNeedService edit = new EditNeedService(fakes.needs);

        Need edited = edit.editNeed(new EditNeedUseCase.Command(b.id(), b.version(), "b, sharper", NeedKind.LEADS,
                List.of(Target.company("Acme")), "ask about Q3"));

        assertThat(edited.priority()).isEqualTo(2);
        assertThat(edited.title()).isEqualTo("b, sharper");
        assertThat(edited.targets()).containsExactly(Target.company("Acme"));
        assertThat(edited.notes()).isEqualTo("ask about Q3");
    }

    @Test
    void anEditStartedFromAStaleCopyIsRefused() {
        Need need = add("a");
        EditNeedService edit = new EditNeedService(fakes.needs);
        long openedAt = need.version();
        // Another session edits first.
        edit.editNeed(new EditNeedUseCase.Command(need.id(), openedAt, "theirs", NeedKind.OTHER, List.of(), ""));

        assertThatThrownBy(() -> edit.editNeed(new EditNeedUseCase.Command(need.id(), openedAt, "mine", NeedKind.OTHER,
                List.of(), ""))).isInstanceOf(EditConflictException.class);
        assertThat(fakes.needs.find(need.id()).orElseThrow().title()).isEqualTo("theirs");
    }

    @Test
    void editsOfANeedStartedFromAnOlderCopyMergeWhenTheFieldsDiffer() {
        Need need = add("a");
        EditNeedService edit = new EditNeedService(fakes.needs);
        edit.editNeed(need, new EditNeedUseCase.Command(need.id(), need.version(), "a", need.kind(), List.of(), "theirs"));

        edit.editNeed(need, new EditNeedUseCase.Command(need.id(), need.version(), "mine", need.kind(), List.of(), ""));

        Need stored = fakes.needs.find(need.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("mine");
        assertThat(stored.notes()).isEqualTo("theirs");
        assertThatThrownBy(() -> edit.editNeed(need, new EditNeedUseCase.Command(need.id(), need.version(), "other",
                need.kind(), List.of(), ""))).isInstanceOf(EditConflictException.class);
    }

    @Test
    void aDroppedNeedStaysOnRecord() {
        Need need = add("a");
        Need dropped = new DropNeedService(fakes.needs).dropNeed(need.id());

        assertThat(dropped.status()).isEqualTo(NeedStatus.DROPPED);
        assertThat(list.listNeeds()).extracting(Need::status).containsExactly(NeedStatus.DROPPED);
    }
}
