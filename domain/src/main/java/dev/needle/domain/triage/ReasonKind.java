package dev.needle.domain.triage;

/** What a reason rests on, so a screen can group or colour them. */
public enum ReasonKind {
    FIT,
    GIVE,
    RAPPORT,
    COST,
    DISTANCE,
    FORMAT,
    NO_FIT
}
