package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.testing.Await;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TelegramPollingProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "mode", value = "polling"))
class TelegramPollingTest {

    WireMockServer telegram;

    @Test
    void aPolledCommandIsAnsweredThroughTheApi() throws InterruptedException {
        Await.until("the polled /help is answered", Duration.ofSeconds(15),
                () -> !TelegramCalls.toChat(telegram, "sendMessage", TelegramApiStandIn.POLLING_CHAT).isEmpty());
        Thread.sleep(500);

        List<Map<String, String>> replies = TelegramCalls.toChat(telegram, "sendMessage", TelegramApiStandIn.POLLING_CHAT);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).get("parse_mode")).isEqualTo("HTML");
        assertThat(TelegramCalls.of(telegram, "deleteWebhook")).hasSize(1);
        assertThat(TelegramCalls.of(telegram, "setWebhook")).isEmpty();
        assertThat(TelegramCalls.of(telegram, "getUpdates"))
                .anySatisfy(call -> assertThat(call.get("offset")).isEqualTo("700002"));
    }
}
