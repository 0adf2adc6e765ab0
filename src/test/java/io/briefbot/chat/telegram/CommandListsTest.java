package io.briefbot.chat.telegram;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Commands;
import io.briefbot.chat.DeclaredCommand;
import io.briefbot.chat.Platform;
import io.briefbot.format.HelpReply;
import io.briefbot.testing.Await;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every list of the commands is made from their declarations: /help, Telegram's menu, the console's examples and the Slack app manifest agree. */
@QuarkusTest
@TestProfile(TelegramWebhookProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class CommandListsTest {

    WireMockServer telegram;

    @Inject
    CommandRouter router;

    @Inject
    Commands commands;

    @Test
    void helpTheTelegramMenuTheConsoleExamplesAndTheSlackManifestListTheSameCommands() throws IOException {
        List<String> declared = commands.listed().stream().map(DeclaredCommand::slash).toList();
        assertThat(declared).hasSizeGreaterThanOrEqualTo(14).doesNotHaveDuplicates().contains("/today", "/subscribe", "/help");

        HelpReply help = (HelpReply) router.handle(new ChatRequest(Platform.TELEGRAM, null, "4242", "4242", "/help"));
        assertThat(help.commands()).extracting(HelpReply.CommandHelp::command).containsExactlyElementsOf(declared);

        Await.until("the command menu is published", Duration.ofSeconds(10), () -> !TelegramCalls.of(telegram, "setMyCommands").isEmpty());
        JsonPath menu = JsonPath.from(TelegramCalls.of(telegram, "setMyCommands").get(0).get("commands"));
        assertThat(menu.getList("command", String.class)).map(name -> "/" + name).containsExactlyElementsOf(declared);

        String page = given().when().get("/").then().statusCode(200).extract().asString();
        List<String> examples = Jsoup.parse(page).select(".examples button[data-command]").eachAttr("data-command");
        assertThat(examples).map(example -> example.split(" ")[0]).containsExactlyElementsOf(declared);

        List<String> slash = new ArrayList<>();
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("deploy", "slack", "manifest.yml").toFile()).at("/features/slash_commands")
                .forEach(command -> slash.add(command.path("command").asText()));
        assertThat(slash).first().isEqualTo("/briefing");
        assertThat(slash.subList(1, slash.size())).containsExactlyElementsOf(declared);
    }
}
