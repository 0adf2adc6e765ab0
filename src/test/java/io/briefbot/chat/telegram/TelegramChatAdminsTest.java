package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Platform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may manage a Telegram chat, as getChatMember tells the real client against the stand-in. */
@QuarkusTest
@TestProfile(TelegramDeliveryProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class TelegramChatAdminsTest {

    private static final AtomicLong GROUPS = new AtomicLong(-1003000000000L);

    WireMockServer telegram;

    @Inject
    TelegramChatAdmins permissions;

    @ParameterizedTest
    @CsvSource({"creator, true", "administrator, true", "member, false", "restricted, false", "left, false", "kicked, false"})
    void theCreatorAndAdministratorsOfAGroupManageIt(String status, boolean mayManage) {
        long group = GROUPS.decrementAndGet();
        member(group, 31337, status);

        assertThat(permissions.mayManage(in(group, 31337))).isEqualTo(mayManage);
        assertThat(TelegramCalls.toChat(telegram, "getChatMember", group)).singleElement()
                .satisfies(call -> assertThat(call).containsEntry("user_id", "31337"));
    }

    @Test
    void theAnswerIsRememberedForABurstOfCommands() {
        long group = GROUPS.decrementAndGet();
        member(group, 31337, "administrator");

        assertThat(permissions.mayManage(in(group, 31337))).isTrue();
        assertThat(permissions.mayManage(in(group, 31337))).isTrue();

        assertThat(TelegramCalls.toChat(telegram, "getChatMember", group)).hasSize(1);
    }

    @Test
    void theUserOfAPrivateChatManagesItWithoutAsking() {
        assertThat(permissions.mayManage(new ChatRequest(Platform.TELEGRAM, null, "4242", "4242", "/subscribe"))).isTrue();
        assertThat(TelegramCalls.toChat(telegram, "getChatMember", 4242)).isEmpty();
        assertThat(permissions.platform()).isEqualTo(Platform.TELEGRAM);
    }

    @Test
    void whenTelegramCannotSayTheAnswerIsNo() {
        long group = GROUPS.decrementAndGet();
        telegram.stubFor(post(urlEqualTo(TelegramApiStandIn.path("getChatMember"))).withFormParam("chat_id", equalTo(Long.toString(group)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}")));

        assertThat(permissions.mayManage(in(group, 31337))).isFalse();
        assertThat(permissions.mayManage(new ChatRequest(Platform.TELEGRAM, null, Long.toString(group), null, "/subscribe"))).isFalse();
    }

    private void member(long group, long user, String status) {
        String rights = status.equals("administrator") ? ",\"can_be_edited\":false,\"is_anonymous\":false,\"can_manage_chat\":true,"
                + "\"can_delete_messages\":true,\"can_manage_video_chats\":true,\"can_restrict_members\":true,\"can_promote_members\":false,"
                + "\"can_change_info\":true,\"can_invite_users\":true,\"can_post_stories\":false,\"can_edit_stories\":false,"
                + "\"can_delete_stories\":false,\"can_pin_messages\":true,\"can_manage_topics\":true"
                : status.equals("creator") ? ",\"is_anonymous\":false" : "";
        telegram.stubFor(post(urlEqualTo(TelegramApiStandIn.path("getChatMember"))).withFormParam("chat_id", equalTo(Long.toString(group)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":true,\"result\":{\"user\":{\"id\":" + user + ",\"is_bot\":false,\"first_name\":\"Ada\",\"language_code\":\"en\"},"
                                + "\"status\":\"" + status + "\"" + rights + "}}")));
    }

    private static ChatRequest in(long group, long user) {
        return new ChatRequest(Platform.TELEGRAM, null, Long.toString(group), Long.toString(user), "/subscribe");
    }
}
