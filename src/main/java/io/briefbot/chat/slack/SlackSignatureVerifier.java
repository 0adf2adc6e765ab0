package io.briefbot.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import io.briefbot.common.ConstantTime;
import java.time.Duration;

/**
 * Bolt's verifier made strict: Bolt's compares the signatures with {@code String.equals}, which tells by its
 * timing how much of a forged one was right, and accepts timestamps from any time in the future. Here the
 * comparison takes the same time whatever was sent, and a timestamp more than five minutes off either way
 * is refused, as Slack asks.
 */
final class SlackSignatureVerifier extends SlackSignature.Verifier {

    private static final long MAX_SKEW_SECONDS = Duration.ofMinutes(5).toSeconds();

    private final SlackSignature.Generator generator;

    SlackSignatureVerifier(SlackSignature.Generator generator) {
        super(generator);
        this.generator = generator;
    }

    @Override
    public boolean isValid(String timestamp, String body, String signature) {
        return isValid(timestamp, body, signature, System.currentTimeMillis());
    }

    @Override
    public boolean isValid(String timestamp, String body, String signature, long nowMillis) {
        if (timestamp == null || signature == null || !fresh(timestamp, nowMillis / 1000)) {
            return false;
        }
        return ConstantTime.equals(signature, generator.generate(timestamp, body));
    }

    private static boolean fresh(String timestamp, long nowSeconds) {
        try {
            long seconds = Long.parseLong(timestamp);
            return seconds >= nowSeconds - MAX_SKEW_SECONDS && seconds <= nowSeconds + MAX_SKEW_SECONDS;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
