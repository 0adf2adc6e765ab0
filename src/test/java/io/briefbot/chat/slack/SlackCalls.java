package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.path.json.JsonPath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calls the stand-in received: Web API methods as their form parameters, response_url posts as JSON. */
final class SlackCalls {

    private SlackCalls() {
    }

    static List<Map<String, String>> toChannel(WireMockServer slack, String method, String channel) {
        return slack.findAll(postRequestedFor(urlEqualTo(SlackApiStandIn.method(method)))).stream()
                .map(request -> form(request.getBodyAsString()))
                .filter(call -> channel.equals(call.get("channel")))
                .toList();
    }

    static List<JsonPath> responses(WireMockServer slack, String hookPath) {
        return slack.findAll(postRequestedFor(urlEqualTo(hookPath))).stream()
                .map(request -> JsonPath.from(request.getBodyAsString()))
                .toList();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
