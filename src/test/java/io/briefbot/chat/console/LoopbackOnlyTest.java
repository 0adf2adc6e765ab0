package io.briefbot.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class LoopbackOnlyTest {

    @Test
    void onlyLoopbackAddressesMayUseTheConsole() {
        assertThat(LoopbackOnly.isLoopback(SocketAddress.inetSocketAddress(40000, "127.0.0.1"))).isTrue();
        assertThat(LoopbackOnly.isLoopback(SocketAddress.inetSocketAddress(40000, "127.8.9.10"))).isTrue();
        assertThat(LoopbackOnly.isLoopback(SocketAddress.inetSocketAddress(40000, "::1"))).isTrue();

        assertThat(LoopbackOnly.isLoopback(SocketAddress.inetSocketAddress(40000, "10.1.2.3"))).isFalse();
        assertThat(LoopbackOnly.isLoopback(SocketAddress.inetSocketAddress(40000, "192.168.178.20"))).isFalse();
        assertThat(LoopbackOnly.isLoopback(SocketAddress.inetSocketAddress(40000, "2001:db8::1"))).isFalse();
        assertThat(LoopbackOnly.isLoopback(SocketAddress.domainSocketAddress("/run/briefbot.sock"))).isFalse();
        assertThat(LoopbackOnly.isLoopback(null)).isFalse();
    }
}
