package io.briefbot.chat.slack;

import io.briefbot.common.Workers;
import jakarta.enterprise.context.ApplicationScoped;

/** Slack's workers: commands and Slack calls run here, never on the thread Slack's acknowledgement depends on. */
@ApplicationScoped
public class SlackWorkers extends Workers {

    public SlackWorkers() {
        super("slack-worker");
    }
}
