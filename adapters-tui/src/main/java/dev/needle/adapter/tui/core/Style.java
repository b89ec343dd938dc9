package dev.needle.adapter.tui.core;

/** What a piece of text means; the palette decides how that looks with or without colour. */
public enum Style { NORMAL, SELECTED, HEADLINE, DIM, ERROR, TITLE, HINT, LABEL }
