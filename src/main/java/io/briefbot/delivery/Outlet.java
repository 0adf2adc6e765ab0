package io.briefbot.delivery;

import io.briefbot.format.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The way out to one chat platform, implemented by its chat adapter. Delivery decides what is due,
 * paces the calls and keeps the ledger; an outlet only renders and makes single platform calls.
 *
 * @param <M> the platform's rendered message
 */
public interface Outlet<M> {

    /** Lower-case platform name, the one stored with subscriptions: "slack", "telegram". */
    String platform();

    Pace pace(Destination to);

    /**
     * Why this platform's allow-list refuses the chat now, or empty when it admits it. Asked before every delivery,
     * so that a chat or team taken off the list gets nothing more: its deliveries end forbidden, unsent.
     *
     * @param workspace the Slack team the chat belongs to as its subscription or follow named it; null elsewhere,
     *                  or when not known
     */
    Optional<String> refusal(Destination to, String workspace);

    /** The messages that show the reply on this platform, in order; at least one. */
    List<M> render(Destination to, Reply reply);

    /** Posts one message with a single platform call. Platform failures are returned, never thrown. */
    Posting send(Destination to, M message);

    /** Replaces a message posted earlier with a single platform call. */
    Posting edit(Destination to, String messageId, M message);
}
