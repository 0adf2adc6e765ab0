package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.testing.FormBody;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** The calls the stand-in received: Web API methods as their form parameters, response_url posts as JSON. */
final class SlackCalls {

    private SlackCalls() {
    }

    static List<Map<String, String>> toChannel(WireMockServer slack, String method, String channel) {
        return slack.findAll(postRequestedFor(urlEqualTo(SlackApiStandIn.method(method)))).stream()
                .map(request -> FormBody.fields(request.getBodyAsString()))
                .filter(call -> channel.equals(call.get("channel")))
                .toList();
    }

    static List<JsonPath> responses(WireMockServer slack, String hookPath) {
        return slack.findAll(postRequestedFor(urlEqualTo(hookPath))).stream()
                .map(request -> JsonPath.from(request.getBodyAsString()))
                .toList();
    }
}
