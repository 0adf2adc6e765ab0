package io.briefbot.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The same {@code v0=} signatures as Bolt's own generator, which Bolt's verifier compares with the one
 * Slack sent, made without Bolt's per-request costs: it looks up a new MAC and formats every byte of the
 * digest through {@code String.format}. Here each thread keeps a keyed MAC and hex is done by table.
 */
final class SlackSignatureGenerator extends SlackSignature.Generator {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final ThreadLocal<Mac> macs;

    SlackSignatureGenerator(String signingSecret) {
        super(signingSecret);
        SecretKeySpec key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> keyed(key));
    }

    @Override
    public String generate(String slackRequestTimestamp, String requestBody) {
        if (slackRequestTimestamp == null) {
            return null;
        }
        byte[] digest = macs.get().doFinal(("v0:" + slackRequestTimestamp + ":" + requestBody).getBytes(StandardCharsets.UTF_8));
        char[] signature = new char[3 + digest.length * 2];
        signature[0] = 'v';
        signature[1] = '0';
        signature[2] = '=';
        for (int i = 0; i < digest.length; i++) {
            signature[3 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
            signature[4 + 2 * i] = HEX[digest[i] & 0xf];
        }
        return new String(signature);
    }

    private static Mac keyed(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
