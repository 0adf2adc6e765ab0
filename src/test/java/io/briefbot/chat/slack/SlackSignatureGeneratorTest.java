package io.briefbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import io.briefbot.testing.SlackSigner;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackSignatureGeneratorTest {

    private static final String SECRET = "test-signing-secret-4f1c";
    private static final String FORM = "token=x&team_id=T0TEAM001&channel_id=C0NEWS001&user_id=U0READER1&command=%2Ftoday&text=";
    private static final String EVENT = "{\"type\":\"event_callback\",\"event_id\":\"Ev0001\",\"event\":{\"type\":\"app_mention\",\"text\":\"<@U0BOT> today\"}}";

    private final SlackSignatureGenerator generator = new SlackSignatureGenerator(SECRET);

    @Test
    void signsAsBoltsOwnGeneratorDoes() {
        SlackSignature.Generator bolts = new SlackSignature.Generator(SECRET);
        for (String body : List.of(FORM, EVENT, "")) {
            assertEquals(bolts.generate("1700000000", body), generator.generate("1700000000", body));
        }
        assertNull(generator.generate(null, FORM));
    }

    @Test
    void signsTheBodysUtf8BytesAsSlackDoes() {
        String body = "text=" + "caf\u00e9 \u2013 \u65b0\u805e";
        assertEquals(SlackSigner.signature(SECRET, 1700000000, body), generator.generate("1700000000", body));
    }

    @Test
    void boltsVerifierAcceptsItsSignaturesAndNothingElse() {
        SlackSignature.Verifier verifier = new SlackSignature.Verifier(generator);
        long now = 1_700_000_000_000L;
        String timestamp = Long.toString(now / 1000);
        String signature = SlackSigner.signature(SECRET, now / 1000, FORM);
        assertTrue(verifier.isValid(timestamp, FORM, signature, now));
        assertFalse(verifier.isValid(timestamp, FORM + "x", signature, now));
        assertFalse(verifier.isValid(timestamp, FORM, SlackSigner.signature(SECRET + "x", now / 1000, FORM), now));
        assertFalse(verifier.isValid(Long.toString(now / 1000 - 600), FORM, SlackSigner.signature(SECRET, now / 1000 - 600, FORM), now));
    }

    @Test
    void threadsDoNotShareAMacMidway() {
        List<CompletableFuture<Boolean>> checks = IntStream.range(0, 8)
                .mapToObj(thread -> CompletableFuture.supplyAsync(() -> IntStream.range(0, 2_000).allMatch(i -> {
                    String body = FORM + thread + "-" + i;
                    return SlackSigner.signature(SECRET, 1700000000, body).equals(generator.generate("1700000000", body));
                })))
                .toList();
        checks.forEach(check -> assertTrue(check.join()));
        assertNotEquals(generator.generate("1700000000", FORM), generator.generate("1700000001", FORM));
    }
}
