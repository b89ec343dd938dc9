package dev.needle.adapter.tui.core;

/**
 * A screen whose list the Mine/All switch narrows ({@link MineScope}); it reads the switch from the
 * session each time it loads, so pressing M only has to reload it.
 */
public interface MineOrAll {
}
