package io.briefbot.delivery;

import java.time.Instant;

/**
 * What one delivery pass did.
 *
 * @param at        the instant the due posts were worked out for
 * @param queued    daily posts and weekly digests newly put into the ledger
 * @param sent      deliveries whose messages all went out
 * @param edited    deliveries whose messages were edited after a correction
 * @param retrying  deliveries left pending, to be tried again (a 429, or a failure with attempts left)
 * @param failed    deliveries given up after their last attempt
 * @param gone      deliveries to chats the bot is no longer in
 * @param forbidden deliveries not sent because the allow-lists no longer admit their chat
 * @param skipped   deliveries not sent because their chat was muted when they fell due
 */
public record PassSummary(Instant at, int queued, int sent, int edited, int retrying, int failed, int gone, int forbidden,
                          int skipped) {

    static PassSummary of(Instant at, int queued, Tally tally) {
        return new PassSummary(at, queued, tally.sent.get(), tally.edited.get(), tally.retrying.get(), tally.failed.get(),
                tally.gone.get(), tally.forbidden.get(), tally.skipped.get());
    }
}
