package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.format.Action;
import io.briefbot.format.telegram.TelegramMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookBodiesTest {

    private static final TelegramMessage BRIEFING = new TelegramMessage(
            "<b>Harbour fees rise in Tianjin</b>\n<a href=\"https://news.example.org/a/1\">Read</a> \u2013 caf\u00e9",
            List.of(List.of(new Action("Next page", "/today 2"), new Action("Help", "/help"))));
    private static final TelegramMessage PLAIN = new TelegramMessage("No issue of China.Table yet.", List.of());

    private final WebhookBodies bodies = new WebhookBodies();

    @Test
    void isTheLibrarysOwnBodyForEveryChatAndTopic() {
        // an equal message rendered again (the cached /today expired) is another instance
        TelegramMessage briefingAgain = new TelegramMessage(new String(BRIEFING.html()), List.copyOf(BRIEFING.keyboard()));
        for (TelegramMessage message : List.of(BRIEFING, PLAIN, briefingAgain, BRIEFING)) {
            for (Long thread : new Long[] {null, 7L}) {
                for (long chat : new long[] {-1001000000001L, 4242L, 0L, Long.MAX_VALUE}) {
                    assertThat(bodies.of(chat, thread, message).toString(StandardCharsets.UTF_8))
                            .isEqualTo(TelegramRequests.send(chat, thread, message).toWebhookResponse())
                            .contains("\"chat_id\":" + chat);
                }
            }
        }
    }

    @Test
    void aTextThatLooksLikeTheMarkIsStillSentAsItIs() {
        TelegramMessage tricky = new TelegramMessage("\"chat_id\":" + Long.MIN_VALUE + " is not a chat", List.of());

        assertThat(bodies.of(4242L, null, tricky).toString(StandardCharsets.UTF_8))
                .isEqualTo(TelegramRequests.send(4242L, null, tricky).toWebhookResponse());
        assertThat(bodies.of(4343L, null, tricky).toString(StandardCharsets.UTF_8))
                .isEqualTo(TelegramRequests.send(4343L, null, tricky).toWebhookResponse());
    }
}
