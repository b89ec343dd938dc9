package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Field-level changes on a contact: undoing one change never touches fields someone else changed,
 * and a merge of changes to different fields is the same whichever side is "mine".
 */
class FieldEditPropertyTest {
    private static final List<String> TEXT_FIELDS = List.of("name", "company", "role", "notes");
    private static final Contact BASE = Contact.capture(new ContactId(7), "Maria Lopez").edit()
            .company("Bluebird").role("Analyst").notes("Met at the fair").build();

    /** Some text fields of a contact, each with a new value. */
    record Change(Map<String, Object> values) {
        Contact on(Contact contact) {
            return Contact.FIELDS.with(contact, values);
        }
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<String> text = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
        return Arbitraries.subsetOf(TEXT_FIELDS).ofMinSize(1).flatMap(fields -> {
            List<String> ordered = TEXT_FIELDS.stream().filter(fields::contains).toList();
            return text.list().ofSize(ordered.size()).map(values -> {
                Map<String, Object> change = new LinkedHashMap<>();
                for (int i = 0; i < ordered.size(); i++) {
                    change.put(ordered.get(i), values.get(i));
                }
                return new Change(change);
            });
        });
    }

    @Provide
    Arbitrary<List<Change>> disjointPairs() {
        return Combinators.combine(changes(), changes()).as(List::of)
                .filter(pair -> pair.get(0).values().keySet().stream().noneMatch(pair.get(1).values()::containsKey));
    }

    @Property
    void undoingMyChangeKeepsWhatAnotherSessionChangedInOtherFields(@ForAll("disjointPairs") List<Change> pair) {
        Contact mine = pair.get(0).on(BASE);
        Edit<Contact> myEdit = Contact.FIELDS.diff(BASE, mine);
        Contact theirsOnTop = pair.get(1).on(mine);

        Edit<Contact> undo = myEdit.inverse();
        assertThat(undo.changedSince(theirsOnTop)).isEmpty();
        Contact undone = undo.applyTo(theirsOnTop);

        for (String field : TEXT_FIELDS) {
            Object expected = pair.get(1).values().containsKey(field) ? pair.get(1).values().get(field)
                    : Contact.FIELDS.value(BASE, field);
            assertThat(Contact.FIELDS.value(undone, field)).as(field).isEqualTo(expected);
        }
    }

    @Property
    void undoAfterAnotherSessionChangedTheSameFieldSaysWhatItHoldsNow(@ForAll("changes") Change mine) {
        Contact saved = mine.on(BASE);
        Edit<Contact> undo = Contact.FIELDS.diff(BASE, saved).inverse();
        String field = undo.fields().get(0);
        Contact theirs = Contact.FIELDS.with(saved, Map.of(field, "Changed elsewhere"));

        assertThat(undo.changedSince(theirs)).contains(new FieldValue(field, "Changed elsewhere"));
    }

    @Property
    void mergeOfChangesToDifferentFieldsIsSymmetric(@ForAll("disjointPairs") List<Change> pair) {
        Contact mine = pair.get(0).on(BASE);
        Contact theirs = pair.get(1).on(BASE);

        FieldSet.Merge<Contact> mineOntoTheirs = Contact.FIELDS.merge(BASE, mine, theirs);
        FieldSet.Merge<Contact> theirsOntoMine = Contact.FIELDS.merge(BASE, theirs, mine);

        assertThat(mineOntoTheirs.conflicts()).isEmpty();
        assertThat(mineOntoTheirs.merged()).isEqualTo(theirsOntoMine.merged());
        Contact merged = mineOntoTheirs.merged().orElseThrow();
        pair.forEach(change -> change.values().forEach((field, value) ->
                assertThat(Contact.FIELDS.value(merged, field)).as(field).isEqualTo(value)));
    }

    @Property
    void bothChangingOneFieldDifferentlyIsAConflictNamingTheirValue(@ForAll("changes") Change mine) {
        Contact saved = mine.on(BASE);
        String field = mine.values().keySet().iterator().next();
        Contact theirs = Contact.FIELDS.with(BASE, Map.of(field, mine.values().get(field) + "x"));

        FieldSet.Merge<Contact> merge = Contact.FIELDS.merge(BASE, saved, theirs);

        assertThat(merge.merged()).isEmpty();
        assertThat(merge.conflicts()).containsExactly(new FieldValue(field, mine.values().get(field) + "x"));
    }
}
