package io.briefbot.chat.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Compares the secret token Telegram sends with the configured one in constant time. */
final class WebhookSecret {

    private WebhookSecret() {
    }

    static boolean matches(String given, String expected) {
        return given != null && MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    /** Hashing first keeps the comparison's time independent of the lengths as well. */
    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
