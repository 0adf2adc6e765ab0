package io.briefbot.chat.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The bot's own user id, known once auth.test has answered; until then its own messages are told apart by bot_id. */
@ApplicationScoped
public class SlackIdentity {

    private final SlackSender sender;
    private final AtomicReference<String> botUserId = new AtomicReference<>();

    public SlackIdentity(SlackSender sender) {
        this.sender = sender;
    }

    public Optional<String> botUserId() {
        return Optional.ofNullable(botUserId.get());
    }

    /** Asks Slack who the token belongs to. */
    AuthTestResponse learn() throws IOException, SlackApiException, IdentityRefused {
        AuthTestResponse me;
        try {
            me = sender.methods().authTest(r -> r);
        } catch (IOException | SlackApiException e) {
            sender.note(!(e instanceof SlackApiException refused) || refused.getResponse().code() >= 500, e.getClass().getSimpleName());
            throw e;
        }
        sender.note(false, me.getError());
        if (!me.isOk()) {
            throw new IdentityRefused(me.getError());
        }
        botUserId.set(me.getUserId());
        return me;
    }

    static final class IdentityRefused extends Exception {
        IdentityRefused(String error) {
            super(error);
        }
    }
}
