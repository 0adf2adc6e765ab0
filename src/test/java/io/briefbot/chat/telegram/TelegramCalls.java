package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.testing.FormBody;
import java.util.List;
import java.util.Map;

/** The Bot API calls the stand-in received, as their form parameters. */
final class TelegramCalls {

    private TelegramCalls() {
    }

    static List<Map<String, String>> of(WireMockServer telegram, String method) {
        return telegram.findAll(postRequestedFor(urlEqualTo(TelegramApiStandIn.path(method)))).stream()
                .map(request -> FormBody.fields(request.getBodyAsString()))
                .toList();
    }

    static List<Map<String, String>> toChat(WireMockServer telegram, String method, long chatId) {
        return of(telegram, method).stream().filter(call -> Long.toString(chatId).equals(call.get("chat_id"))).toList();
    }
}
