package io.briefbot.chat.slack;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Slack configured for HTTP and Socket Mode, but its Web API unreachable (nothing listens on port 1). */
public class SlackUnreachableProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "%test.briefbot.slack.bot-token", SlackApiStandIn.BOT_TOKEN,
                "%test.briefbot.slack.app-token", "xapp-1-A0BRIEF01-1111111111-standInAppToken",
                "briefbot.slack.signing-secret", SlackApiStandIn.SIGNING_SECRET,
                "briefbot.slack.api-url", "http://127.0.0.1:1/api/");
    }
}
