package dev.needle.adapter.tui.core;

/**
 * What a piece of text means; the palette decides how that looks with or without colour. CURSOR is
 * the cell under the cursor in a field being typed in, which is drawn {@link #SELECTED}.
 */
public enum Style { NORMAL, SELECTED, HEADLINE, DIM, ERROR, TITLE, HINT, LABEL, CURSOR }
