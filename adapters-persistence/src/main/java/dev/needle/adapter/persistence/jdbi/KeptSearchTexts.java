package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.ContactSearchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everyone's folded search text, read from the texts every write keeps (V25) where they can be
 * trusted and folded here where they cannot: all of them before the first use after the upgrade or
 * after a change of fold ({@link dev.needle.domain.SearchText#version}), and those of contacts an
 * older Needle changed since ({@link SearchTextState}). What had to be folded is then kept, in a
 * transaction of its own that moves no revision: it changes no contact.
 */
final class KeptSearchTexts {
    private static final Logger LOG = LoggerFactory.getLogger(KeptSearchTexts.class);
    /** Past this many contacts changed without their texts, folding everyone costs less than picking them out. */
    private static final long FEW_CHANGED = 2000;

    /** What a read found, and what to keep of what it folded itself ({@code refolded} null: nothing). */
    record Read(List<ContactSearchText> texts, SearchTextState state, Set<Long> stale, List<ContactSearchText> refolded) {
        boolean foldedEveryone() {
            return stale == null;
        }
    }

    private KeptSearchTexts() {
    }

    static Read read(Handle handle, int fold) {
        SearchTextState state = SearchTextState.read(handle);
        Set<Long> stale = state.keptBy(fold) ? changedSince(handle, state) : null;
        if (stale == null) {
            List<ContactSearchText> everyone = ContactSearchRows.all(handle).stream().map(ContactSearchText::of).toList();
            return new Read(everyone, state, null, everyone);
        }
        List<ContactSearchText> kept = SearchTextRows.all(handle);
        if (stale.isEmpty()) {
            return new Read(kept, state, stale, null);
        }
        List<ContactSearchText> refolded = ContactSearchRows.byIds(handle, List.copyOf(stale)).stream()
                .map(ContactSearchText::of).toList();
        List<ContactSearchText> texts = new ArrayList<>(kept.size() + refolded.size());
        kept.forEach(text -> {
            if (!stale.contains(text.id().value())) {
                texts.add(text);
            }
        });
        texts.addAll(refolded);
        texts.sort(Comparator.comparingLong(text -> text.id().value()));
        return new Read(texts, state, stale, refolded);
    }

    /**
     * Keeps what {@code read} folded itself, and moves the state to the revision it read. A failure
     * (another session holding a row, a role that may only read) is logged and changes nothing: the
     * next read folds those texts again.
     */
    static void keep(HandleScope scope, Read read, int fold) {
        if (read.refolded() == null) {
            return;
        }
        try {
            boolean advanced = scope.inTransaction(handle -> {
                if (read.foldedEveryone()) {
                    SearchTextRows.deleteAll(handle);
                } else {
                    SearchTextRows.delete(handle, read.stale());
                }
                SearchTextRows.insert(handle, read.refolded());
                return read.state().advance(handle, read.state().now(), fold);
            });
            LOG.info("Kept {} folded search texts (fold {}, up to contact revision {}{})", read.refolded().size(), fold,
                    read.state().now(), advanced ? "" : "; another session moved on meanwhile");
        } catch (RuntimeException e) {
            LOG.warn("Could not keep {} folded search texts; they will be folded again next time",
                    read.refolded().size(), e);
        }
    }

    /** The ids of contacts changed after the state's revision, or null when too many to pick out. */
    private static Set<Long> changedSince(Handle handle, SearchTextState state) {
        Set<Long> changed = new TreeSet<>();
        if (state.revision() >= state.now()) {
            return changed;
        }
        long span = 0;
        for (Object[] ranges : handle.createQuery("SELECT id_ranges FROM contact_change_sets WHERE revision > :since")
                .bind("since", state.revision()).map((rs, ctx) -> (Object[]) rs.getArray(1).getArray()).list()) {
            for (int i = 0; i + 1 < ranges.length; i += 2) {
                long first = ((Number) ranges[i]).longValue();
                long last = ((Number) ranges[i + 1]).longValue();
                span += last - first + 1;
                if (span > FEW_CHANGED) {
                    return null;
                }
                for (long id = first; id <= last; id++) {
                    changed.add(id);
                }
            }
        }
        return changed;
    }
}
