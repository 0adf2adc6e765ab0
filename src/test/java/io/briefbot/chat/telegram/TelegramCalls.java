package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Bot API calls the stand-in received, as their form parameters. */
final class TelegramCalls {

    private TelegramCalls() {
    }

    static List<Map<String, String>> of(WireMockServer telegram, String method) {
        return telegram.findAll(postRequestedFor(urlEqualTo(TelegramApiStandIn.path(method)))).stream()
                .map(request -> form(request.getBodyAsString()))
                .toList();
    }

    static List<Map<String, String>> toChat(WireMockServer telegram, String method, long chatId) {
        return of(telegram, method).stream().filter(call -> Long.toString(chatId).equals(call.get("chat_id"))).toList();
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
