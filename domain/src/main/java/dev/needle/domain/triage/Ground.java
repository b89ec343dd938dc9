package dev.needle.domain.triage;

/**
 * The one reason that decided a verdict. The message may give this reason and no other: "my calendar
 * is full" belongs to {@link #OVER_HOURS} alone, a long trip to {@link #TOO_FAR} alone.
 */
public enum Ground {
    /** A need is served strongly, and meeting is affordable and near. */
    STRONG_FIT,
    /** A need is served strongly and they already proposed a call, video call, email or message: take it. */
    THEIR_CHANNEL,
    /** A need is served strongly, but the week's hours for meetings are spent. */
    OVER_HOURS,
    /** A need is served strongly, but the month's money for meetings is spent. */
    OVER_MONEY,
    /** A need is served strongly, but the place is far. */
    TOO_FAR,
    /** A need is served in part: a cheaper channel covers it. */
    PARTIAL_FIT,
    /** No need served, but they look for something you or someone you know can give. */
    PAY_IT_FORWARD,
    /** Nothing to ask or give, but you hit it off. */
    KEEP_IN_TOUCH,
    /** No shared need, nothing to give, no more than polite rapport. */
    NOTHING_SHARED,
    /** The user chose an answer other than the verdict's; the message then gives no reason of its own. */
    YOUR_CHOICE
}
