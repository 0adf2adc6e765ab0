package io.briefbot.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Compares a secret someone sent with the configured one without telling, by timing, how close it came. */
public final class ConstantTime {

    private ConstantTime() {
    }

    public static boolean equals(String given, String expected) {
        return MessageDigest.isEqual(sha256(given), sha256(expected));
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
