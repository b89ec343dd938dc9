/** Terminal adapter: the full-screen Lanterna UI, which talks to the incoming ports only. */
package dev.needle.adapter.tui;
