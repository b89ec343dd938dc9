package dev.needle.application.index;

import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The index's one read of every contact, a page at a time, so the read never holds a copy of
 * everyone beside the index, nor more than a page of what the index does not keep.
 */
final class FullRead {
    /** Contacts per read: few enough that a page's copies cost little. */
    private static final int PAGE = 5_000;
    private final ContactStore store;
    private final CatchUp catchUp;
    private final HandedOut handedOut;

    FullRead(ContactStore store, CatchUp catchUp, HandedOut handedOut) {
        this.store = store;
        this.catchUp = catchUp;
        this.handedOut = handedOut;
    }

    /** Every contact, the revision taken first (see {@link CatchUp#startAt}). */
    List<Contact> everyone() {
        catchUp.startAt(store.revision());
        List<Contact> everyone = new ArrayList<>();
        Optional<ContactId> after = Optional.empty();
        List<Contact> page;
        // Colleagues' companies and roles, held once: each row read brings its own copy of both.
        Map<String, String> copies = new HashMap<>();
        UnaryOperator<String> oneCopy = text -> copies.computeIfAbsent(text, same -> same);
        do {
            page = store.findAfter(after, PAGE);
            // Only what the index folds and keeps: a page's photos go with the page (ListedCopy.searchable).
            page.forEach(read -> everyone.add(ListedCopy.searchable(handedOut.shared(read), oneCopy)));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == PAGE);
        handedOut.forget();
        return everyone;
    }
}
