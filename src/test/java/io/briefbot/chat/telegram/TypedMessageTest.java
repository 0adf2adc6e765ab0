package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedMessageTest {

    /** A private /today as the webhook's load harness shapes it: every field Telegram sends, a username, entities. */
    private static final String WITH_EVERY_FIELD = "{\"update_id\":900000123,\"message\":{\"message_id\":10,\"from\":{\"id\":700000001,"
            + "\"is_bot\":false,\"first_name\":\"Bench\",\"last_name\":\"User1\",\"username\":\"bench_user_1\",\"language_code\":\"en\"},"
            + "\"chat\":{\"id\":700000001,\"first_name\":\"Bench\",\"last_name\":\"User1\",\"username\":\"bench_user_1\",\"type\":\"private\"},"
            + "\"date\":1796533448,\"text\":\"/today\",\"entities\":[{\"offset\":0,\"length\":6,\"type\":\"bot_command\"}]}}";

    @Test
    void readsWhatTheLibrarysModelReadsFromEveryKindOfTypedMessage() {
        List<String> updates = List.of(
                WITH_EVERY_FIELD,
                TelegramUpdateJson.privateMessage(41, 4242, "/today"),
                TelegramUpdateJson.privateMessage(42, 4242, "what happened at the harbour?"),
                TelegramUpdateJson.groupMessage(43, -100200300, "/today@" + TelegramApiStandIn.BOT_USERNAME),
                TelegramUpdateJson.topicMessage(44, -100200300, 7, "/tags"),
                // a thread id outside a topic (a reply thread) is no forum topic
                "{\"message\":{\"message_thread_id\":9,\"chat\":{\"type\":\"group\",\"id\":-5},\"text\":\"/help\"},\"update_id\":45}",
                // no text (a photo), no sender (a channel's anonymous admin), nulls
                "{\"update_id\":46,\"message\":{\"message_id\":1,\"chat\":{\"id\":-5,\"type\":\"supergroup\"},\"from\":null,"
                        + "\"photo\":[{\"file_id\":\"x\",\"width\":1,\"height\":1}],\"caption\":null}}");
        for (String json : updates) {
            Update update = BotUtils.parseUpdate(json);
            assertThat(TypedMessage.read(json)).as(json).contains(TypedMessage.of(update.updateId(), update.message()));
        }
    }

    @Test
    void theTopicAndTheSenderAreRead() {
        TypedMessage topic = TypedMessage.read(TelegramUpdateJson.topicMessage(44, -100200300, 7, "/tags")).orElseThrow();

        assertThat(topic.updateId()).isEqualTo(44);
        assertThat(topic.chatId()).isEqualTo(-100200300L);
        assertThat(topic.privateChat()).isFalse();
        assertThat(topic.threadId()).isEqualTo(7L);
        assertThat(topic.fromId()).isEqualTo(31337L);
        assertThat(topic.text()).isEqualTo("/tags");
        assertThat(TypedMessage.read(WITH_EVERY_FIELD).orElseThrow().privateChat()).isTrue();
    }

    @Test
    void leavesEverythingButAPlainMessageToTheLibrary() {
        assertThat(TypedMessage.read(TelegramUpdateJson.replyToTheBot(50, -5, "and in May?", "❓ tariffs?\nThe answer"))).isEmpty();
        assertThat(TypedMessage.read(TelegramUpdateJson.buttonPress(51, -5, 4711, "/issue 2026-11-28"))).isEmpty();
        assertThat(TypedMessage.read("{\"update_id\":52,\"edited_message\":{\"message_id\":1,\"chat\":{\"id\":-5,\"type\":\"group\"},\"text\":\"/today\"}}"))
                .isEmpty();
        assertThat(TypedMessage.read("{\"update_id\":53,\"message\":{\"message_id\":1,\"text\":\"/today\"}}")).as("no chat").isEmpty();
        assertThat(TypedMessage.read("{\"message\":{\"chat\":{\"id\":-5,\"type\":\"group\"},\"text\":\"/today\"}}")).as("no id").isEmpty();
        assertThat(TypedMessage.read("{\"update_id\":54,\"message\":null}")).isEmpty();
        assertThat(TypedMessage.read("{\"update_id\":55,\"message\":{\"chat\":{\"id\":-5},\"is_topic_message\":\"yes\"}}")).isEmpty();
        assertThat(TypedMessage.read("{\"update_id\":56,\"message\":{\"chat\":{\"id\":-5},\"text\":\"/today\"}} trailing")).isEmpty();
        assertThat(TypedMessage.read("{\"update_id\":57,\"message\":{\"chat\":{\"id\":-5},\"text\":\"/today\"")).as("cut off").isEmpty();
        assertThat(TypedMessage.read("[{\"update_id\":58}]")).isEmpty();
        assertThat(TypedMessage.read("not JSON")).isEmpty();
        assertThat(TypedMessage.read("")).isEmpty();
    }
}
