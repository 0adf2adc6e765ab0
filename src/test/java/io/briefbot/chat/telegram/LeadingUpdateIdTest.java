package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingUpdateIdTest {

    @Test
    void readsTheTopLevelUpdateIdWhereverItStands() {
        assertThat(TelegramWebhookRoute.leadingUpdateId(TelegramUpdateJson.privateMessage(900000001, 4242, "/today")))
                .hasValue(900000001);
        assertThat(TelegramWebhookRoute.leadingUpdateId("{\"message\":{\"message_id\":5,\"text\":\"{\\\"update_id\\\":1}\"},\"update_id\":77}"))
                .hasValue(77);
    }

    @Test
    void findsNothingInAnythingElse() {
        assertThat(TelegramWebhookRoute.leadingUpdateId("{\"message\":{\"update_id\":5}}")).isEmpty();
        assertThat(TelegramWebhookRoute.leadingUpdateId("{\"update_id\":\"5\"}")).isEmpty();
        assertThat(TelegramWebhookRoute.leadingUpdateId("{\"update_id\":99999999999}")).isEmpty();
        assertThat(TelegramWebhookRoute.leadingUpdateId("[{\"update_id\":5}]")).isEmpty();
        assertThat(TelegramWebhookRoute.leadingUpdateId("not even JSON")).isEmpty();
        assertThat(TelegramWebhookRoute.leadingUpdateId("")).isEmpty();
        assertThat(TelegramWebhookRoute.leadingUpdateId(null)).isEmpty();
    }
}
