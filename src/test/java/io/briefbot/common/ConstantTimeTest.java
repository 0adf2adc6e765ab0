package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantTimeTest {

    private static final String SECRET = "webhook-secret_0123456789";

    @Test
    void theSameSecretMatches() {
        assertThat(ConstantTime.equals(new String(SECRET.toCharArray()), SECRET)).isTrue();
        assertThat(ConstantTime.equals("Grüße-ключ", "Grüße-ключ")).isTrue();
    }

    @Test
    void anyDifferenceIsNoMatch() {
        assertThat(ConstantTime.equals("webhook-secret_0123456788", SECRET)).as("last character").isFalse();
        assertThat(ConstantTime.equals("Webhook-secret_0123456789", SECRET)).as("first character").isFalse();
        assertThat(ConstantTime.equals("Grüsse-ключ", "Grüße-ключ")).as("beyond ASCII").isFalse();
    }

    @Test
    void aPrefixOrALongerTextIsNoMatch() {
        assertThat(ConstantTime.equals("webhook-secret", SECRET)).isFalse();
        assertThat(ConstantTime.equals(SECRET + SECRET, SECRET)).as("the secret twice").isFalse();
        assertThat(ConstantTime.equals(SECRET + "x", SECRET)).isFalse();
        assertThat(ConstantTime.equals("", SECRET)).isFalse();
    }
}
