package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Stage;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contact's stage as its row holds it. A value Needle does not know (typed into the database by hand,
 * or written by another version) must not stop every screen and command that reads everyone: it is
 * read as the stage its spelling names, else as met (closed kindly when the row records a closing
 * message), and the log says so once, naming the person.
 */
final class StoredStage {
    private static final Logger LOG = LoggerFactory.getLogger(StoredStage.class);
    /** Each unknown value is logged once per person: the index reads rows again after every change. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private StoredStage() {
    }

    static Stage read(String stored, boolean closed, long id, String name) {
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(stored)) {
                return stage;
            }
        }
        String spelled = stored == null ? "" : stored.trim().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        for (Stage stage : Stage.values()) {
            if (stage.label().equals(spelled) && (stage == Stage.CLOSED_KINDLY) == closed) {
                return stage;
            }
        }
        Stage fallback = closed ? Stage.CLOSED_KINDLY : Stage.MET;
        if (LOGGED.add(id + "\0" + stored)) {
            LOG.warn("The stage of contact {} ({}) reads \"{}\", which Needle does not know; it is shown as {}"
                    + " until you change it", id, name, stored, fallback.label());
        }
        return fallback;
    }
}
