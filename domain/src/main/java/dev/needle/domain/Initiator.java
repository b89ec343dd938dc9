package dev.needle.domain;

/** Who asked for the meeting: them, or you considering asking them. */
public enum Initiator {
    THEM,
    ME
}
