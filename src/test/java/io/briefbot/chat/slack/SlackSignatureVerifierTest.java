package io.briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.SlackSigner;
import org.junit.jupiter.api.Test;

class SlackSignatureVerifierTest {

    private static final String SECRET = "test-signing-secret-9d2e";
    private static final String FORM = "token=x&team_id=T0TEAM001&channel_id=C0NEWS001&user_id=U0READER1&command=%2Ftoday&text=";
    private static final long NOW_SECONDS = 1_700_000_000L;
    private static final long NOW_MILLIS = NOW_SECONDS * 1000 + 400;

    private final SlackSignatureVerifier verifier = new SlackSignatureVerifier(new SlackSignatureGenerator(SECRET));

    @Test
    void acceptsSlacksSignatureMadeWithinFiveMinutesEitherWay() {
        for (long made : new long[] {NOW_SECONDS, NOW_SECONDS - 300, NOW_SECONDS + 300}) {
            assertThat(verifier.isValid(Long.toString(made), FORM, SlackSigner.signature(SECRET, made, FORM), NOW_MILLIS))
                    .as("signed at %d", made).isTrue();
        }
    }

    @Test
    void refusesATimestampOverFiveMinutesInThePastOrTheFuture() {
        for (long made : new long[] {NOW_SECONDS - 301, NOW_SECONDS + 301, NOW_SECONDS + 86_400 * 365}) {
            assertThat(verifier.isValid(Long.toString(made), FORM, SlackSigner.signature(SECRET, made, FORM), NOW_MILLIS))
                    .as("signed at %d", made).isFalse();
        }
    }

    @Test
    void refusesWrongMissingAndMalformedSignaturesAndTimestamps() {
        String timestamp = Long.toString(NOW_SECONDS);
        String signature = SlackSigner.signature(SECRET, NOW_SECONDS, FORM);
        assertThat(verifier.isValid(timestamp, FORM + "x", signature, NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid(timestamp, FORM, SlackSigner.signature(SECRET + "x", NOW_SECONDS, FORM), NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid(timestamp, FORM, signature.substring(0, signature.length() - 1), NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid(timestamp, FORM, signature.toUpperCase(), NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid(timestamp, FORM, null, NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid(null, FORM, signature, NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid(timestamp + "0", FORM, signature, NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid("1.7e9", FORM, SlackSigner.signature(SECRET, NOW_SECONDS, FORM), NOW_MILLIS)).isFalse();
        assertThat(verifier.isValid("99999999999999999999", FORM, signature, NOW_MILLIS)).isFalse();
    }
}
