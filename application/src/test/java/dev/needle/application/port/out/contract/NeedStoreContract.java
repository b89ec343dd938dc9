package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.NeedStore} adapter must do. */
public abstract class NeedStoreContract extends StoreContract {

    private Need openNeed(int priority) {
        return Need.open(newNeedId(), "Informational interview " + priority, NeedKind.INFORMATIONAL_INTERVIEW,
                List.of(Target.topic("market research")), priority);
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(db.needs().find(newNeedId())).isEmpty();
        assertThat(db.needs().findAll()).isEmpty();
    }

    @Test
    void aSavedNeedIsFoundAgainWithVersionOne() {
        Need saved = db.needs().save(openNeed(1));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(db.needs().find(saved.id())).contains(saved);
    }

    @Test
    void aMetNeedRoundTripsWithWhoMetItWhenAndItsTargetsInOrder() {
        ContactId helper = savedContact("Søren Kierkegaard").id();
        List<Target> targets = List.of(Target.company("Ørsted A/S"), Target.role("market researcher"),
                Target.topic("offshore wind 風力"), Target.company("株式会社ニードル"), Target.topic("coffee ☕"));
        Need met = new Need(newNeedId(), "Intro to Ørsted's 研究 team ✨", NeedKind.INTRODUCTION, targets, 3,
                NeedStatus.MET, Optional.of(helper), Optional.of(LocalDate.of(2024, 2, 29)), Samples.TRICKY_TEXT, 0);

        Need saved = db.needs().save(met);

        assertThat(saved).isEqualTo(met.withVersion(1));
        assertThat(db.needs().find(met.id())).contains(saved);
    }

    @Test
    void everyKindAndStatusRoundTrips() {
        for (NeedKind kind : NeedKind.values()) {
            Need need = Need.open(newNeedId(), kind.label(), kind, List.of(), 1);
            assertThat(db.needs().find(db.needs().save(need).id())).contains(need.withVersion(1));
        }
        for (NeedStatus status : List.of(NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.DROPPED)) {
            Need need = openNeed(2).withStatus(status);
            assertThat(db.needs().find(db.needs().save(need).id())).contains(need.withVersion(1));
        }
    }

    @Test
    void findAllListsNeedsByPriorityThenId() {
        List<NeedId> ids = IntStream.range(0, 4).mapToObj(i -> newNeedId()).sorted().toList();
        db.needs().save(Need.open(ids.get(3), "d", NeedKind.LEADS, List.of(), 1));
        db.needs().save(Need.open(ids.get(0), "a", NeedKind.LEADS, List.of(), 3));
        db.needs().save(Need.open(ids.get(2), "c", NeedKind.LEADS, List.of(), 2));
        db.needs().save(Need.open(ids.get(1), "b", NeedKind.LEADS, List.of(), 2));

        assertThat(db.needs().findAll()).extracting(Need::title).containsExactly("d", "b", "c", "a");
    }

    @Test
    void anUpdateWithTheCurrentVersionIsStoredAndCountsUp() {
        Need saved = db.needs().save(openNeed(1));

        Need updated = db.needs().save(saved.withPriority(4).advanced());

        assertThat(updated.version()).isEqualTo(2);
        assertThat(db.needs().find(saved.id())).contains(updated);
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedAndTheStoredNeedIsUnchanged() {
        Need readBySessionA = db.needs().save(openNeed(1));
        Need savedBySessionB = db.needs().save(readBySessionA.withPriority(2));

        assertThatThrownBy(() -> db.needs().save(readBySessionA.drop())).isInstanceOf(EditConflictException.class);

        assertThat(db.needs().find(readBySessionA.id())).contains(savedBySessionB);
    }

    @Test
    void updatingANeedThatIsNotStoredIsRefused() {
        Need neverSaved = openNeed(1).withVersion(1);

        assertThatThrownBy(() -> db.needs().save(neverSaved)).isInstanceOf(EditConflictException.class);
        assertThat(db.needs().find(neverSaved.id())).isEmpty();
    }

    @Test
    void deleteSaysWhetherTheNeedExisted() {
        Need saved = db.needs().save(openNeed(1));
        Need kept = db.needs().save(openNeed(2));

        assertThat(db.needs().delete(saved.id())).isTrue();
        assertThat(db.needs().find(saved.id())).isEmpty();
        assertThat(db.needs().delete(saved.id())).isFalse();
        assertThat(db.needs().findAll()).containsExactly(kept);
    }
}
