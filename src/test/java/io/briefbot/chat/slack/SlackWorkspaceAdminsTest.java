package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.briefbot.chat.slack.SlackApiStandIn.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Platform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Who may manage a Slack channel, as users.info tells the real client against the stand-in. */
@QuarkusTest
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackWorkspaceAdminsTest {

    WireMockServer slack;

    @Inject
    SlackWorkspaceAdmins permissions;

    @Test
    void workspaceAdminsAndOwnersManageChannelsAndOthersDoNot() {
        user("U0ADMIN01", true, false);
        user("U0OWNER01", false, true);
        user("U0MEMBER1", false, false);

        assertThat(permissions.mayManage(in("C0DESK001", "U0ADMIN01"))).isTrue();
        assertThat(permissions.mayManage(in("C0DESK001", "U0OWNER01"))).isTrue();
        assertThat(permissions.mayManage(in("C0DESK001", "U0MEMBER1"))).isFalse();
        assertThat(permissions.platform()).isEqualTo(Platform.SLACK);
    }

    @Test
    void theAnswerIsRememberedForABurstOfCommands() {
        user("U0ADMIN02", true, false);

        assertThat(permissions.mayManage(in("C0DESK001", "U0ADMIN02"))).isTrue();
        assertThat(permissions.mayManage(in("C0DESK002", "U0ADMIN02"))).isTrue();

        assertThat(usersInfoCalls("U0ADMIN02")).isEqualTo(1);
    }

    @Test
    void theUserOfADirectMessageManagesItWithoutAsking() {
        assertThat(permissions.mayManage(in("D0DIRECT1", "U0MEMBER2"))).isTrue();
        assertThat(usersInfoCalls("U0MEMBER2")).isZero();
    }

    @Test
    void whenSlackCannotSayTheAnswerIsNoAndItIsAskedAgainNextTime() {
        slack.stubFor(post(urlEqualTo(SlackApiStandIn.method("users.info"))).withFormParam("user", equalTo("U0GHOST01"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"ok\":false,\"error\":\"user_not_found\"}")));

        assertThat(permissions.mayManage(in("C0DESK001", "U0GHOST01"))).isFalse();
        assertThat(permissions.mayManage(in("C0DESK001", "U0GHOST01"))).isFalse();
        assertThat(usersInfoCalls("U0GHOST01")).isEqualTo(2);
    }

    private void user(String id, boolean admin, boolean owner) {
        slack.stubFor(post(urlEqualTo(SlackApiStandIn.method("users.info"))).withFormParam("user", equalTo(id))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(
                        "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"team_id\":\"" + TEAM + "\",\"name\":\"ada\",\"deleted\":false,"
                                + "\"color\":\"9f69e7\",\"real_name\":\"Ada Example\",\"tz\":\"Europe/Berlin\",\"tz_label\":\"Central European Time\","
                                + "\"tz_offset\":3600,\"profile\":{\"real_name\":\"Ada Example\",\"display_name\":\"ada\",\"team\":\"" + TEAM + "\"},"
                                + "\"is_admin\":" + admin + ",\"is_owner\":" + owner + ",\"is_primary_owner\":" + owner + ","
                                + "\"is_restricted\":false,\"is_ultra_restricted\":false,\"is_bot\":false,\"is_app_user\":false,"
                                + "\"updated\":1764400000}}")));
    }

    private int usersInfoCalls(String user) {
        return slack.findAll(postRequestedFor(urlEqualTo(SlackApiStandIn.method("users.info")))
                .withFormParam("user", equalTo(user))).size();
    }

    private static ChatRequest in(String channel, String user) {
        return new ChatRequest(Platform.SLACK, TEAM, channel, user, "/subscribe");
    }
}
