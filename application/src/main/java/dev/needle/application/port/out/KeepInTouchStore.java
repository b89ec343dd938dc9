package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.LastTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keep-in-touch settings, kept beside the contacts rather than in them: each person's own cadence
 * and snooze, the tags' default cadences, and the latest interaction with each person. Settings are
 * replaced whole (the last writer wins, as with the budget); a blank one is the same as none.
 */
public interface KeepInTouchStore {
    Optional<KeepInTouch> find(ContactId contact);

    /** Every person with settings of their own. */
    Map<ContactId, KeepInTouch> findAll();

    /** Stores the settings in place of any before; blank settings remove them. */
    void save(KeepInTouch settings);

    /** The tags' default cadences, by tag. */
    List<TagCadence> tagDefaults();

    /** Sets the tag's default in place of any before. */
    void saveTagDefault(TagCadence cadence);

    /** True when the tag had a default. */
    boolean removeTagDefault(Tag tag);

    /** The latest interaction of each person with any, of any kind (the latest id on a day with several). */
    Map<ContactId, LastTouch> lastTouches();
}
