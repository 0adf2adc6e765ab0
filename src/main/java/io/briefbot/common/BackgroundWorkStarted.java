package io.briefbot.common;

/**
 * Fired once, a moment after the server has started (see {@link StartBackgroundWork}): the signal for work that no
 * request waits for — connecting to the chat platforms, watching the mailbox, opening the search index.
 */
public record BackgroundWorkStarted() {
}
