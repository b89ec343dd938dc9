package dev.needle.adapter.tui.core;

import dev.needle.application.port.in.KeepDraftsUseCase;
import dev.needle.domain.Draft;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what one session's user is typing in a form or the notes editor as a draft, so a session that
 * ends without a save or a cancel (a hang-up, a closed window, SIGTERM, an idle end) loses nothing.
 * After each key the UI says what it holds unsaved ({@link #typed}); the terminal loop writes it at
 * the next pause in typing and once more when the session ends ({@link #flush}), from any thread.
 * When the form is saved or cancelled the session's draft goes with it. A draft this session
 * reopened ({@link #adopt}) is the one it answers for from then on.
 */
public final class DraftKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(DraftKeeper.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeepDraftsUseCase drafts;
    /** The id a fresh draft of this session is kept under: two sessions at once keep two drafts. */
    private final String sessionId;
    /** Typed, not yet written. */
    private Optional<Draft> pending = Optional.empty();
    /** What this session last wrote (or reopened), which a save or a cancel takes away. */
    private Optional<Draft> written = Optional.empty();

    public DraftKeeper(KeepDraftsUseCase drafts) {
        this.drafts = drafts;
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        this.sessionId = "s" + Long.toString(System.currentTimeMillis(), 36) + "-" + HexFormat.of().formatHex(random);
    }

    /** The draft {@code stack}'s screens hold unsaved, the top one first; empty when none does. */
    static Optional<Draft> unsaved(List<View> stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Optional<Draft> draft = stack.get(i).unsaved();
            if (draft.isPresent()) {
                return draft;
            }
        }
        return Optional.empty();
    }

    /**
     * What the screens hold unsaved after a key; true when that waits to be written. With nothing unsaved
     * (saved, or a cancel the user confirmed) the session's draft is thrown away at once.
     */
    public synchronized boolean typed(List<View> stack) {
        Optional<Draft> now = unsaved(stack).map(d -> d.id().equals(Draft.FRESH) ? d.withId(sessionId) : d);
        if (now.isEmpty()) {
            pending = Optional.empty();
            written.ifPresent(gone -> discard(gone.id()));
            written = Optional.empty();
            return false;
        }
        Draft draft = now.get();
        if (written.isEmpty() && !draft.id().equals(sessionId)) {
            // A kept draft reopened through a choice first (its record changed meanwhile): from the first key in
            // its form this session answers for it. Nothing was written yet, so what is typed is written next.
            written = Optional.of(new Draft(draft.id(), draft.kind(), draft.subject(), draft.about(), draft.title(),
                    List.of(), -1, Optional.empty()));
        }
        if (written.isPresent() && !written.get().id().equals(draft.id())) {
            // The draft this session answered for was saved or cancelled, and another form is open now.
            discard(written.get().id());
            written = Optional.empty();
        }
        if (written.isPresent() && written.get().sameTextAs(draft)) {
            pending = Optional.empty();
            return false;
        }
        pending = Optional.of(draft);
        return true;
    }

    /** Writes what waits, if anything; a failure is logged and the text stays waiting for the next try. */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Draft draft = pending.get();
        try {
            drafts.keep(draft);
            written = pending;
            pending = Optional.empty();
        } catch (RuntimeException failure) {
            LOG.warn("Could not keep the draft of \"{}\"", draft.title(), failure);
        }
    }

    /** Whether something typed waits to be written. */
    public synchronized boolean pending() {
        return pending.isPresent();
    }

    /** {@code draft} was reopened in this session: its save or cancel takes it away. */
    public synchronized void adopt(Draft draft) {
        written = Optional.of(draft);
    }

    /** The drafts kept for this person that this session does not answer for: other sessions', or ended ones. */
    public List<Draft> waiting() {
        try {
            List<Draft> kept = drafts.kept();
            String answeredFor;
            synchronized (this) {
                answeredFor = written.map(Draft::id).orElse(sessionId);
            }
            return kept.stream().filter(d -> !d.id().equals(sessionId) && !d.id().equals(answeredFor)).toList();
        } catch (RuntimeException failure) {
            LOG.warn("Could not read the drafts kept", failure);
            return List.of();
        }
    }

    /** Throws a draft away on purpose (the user said so); true when that worked. */
    public boolean discardOnPurpose(String id) {
        synchronized (this) {
            if (written.map(w -> w.id().equals(id)).orElse(false)) {
                written = Optional.empty();
            }
        }
        return discard(id);
    }

    private boolean discard(String id) {
        try {
            drafts.discard(id);
            return true;
        } catch (RuntimeException failure) {
            LOG.warn("Could not remove the draft {}", id, failure);
            return false;
        }
    }
}
