package io.briefbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void onlyLoopbackAddressesMayUseTheConsole() {
        assertThat(Loopback.isLoopback(SocketAddress.inetSocketAddress(40000, "127.0.0.1"))).isTrue();
        assertThat(Loopback.isLoopback(SocketAddress.inetSocketAddress(40000, "127.8.9.10"))).isTrue();
        assertThat(Loopback.isLoopback(SocketAddress.inetSocketAddress(40000, "::1"))).isTrue();

        assertThat(Loopback.isLoopback(SocketAddress.inetSocketAddress(40000, "10.1.2.3"))).isFalse();
        assertThat(Loopback.isLoopback(SocketAddress.inetSocketAddress(40000, "192.168.178.20"))).isFalse();
        assertThat(Loopback.isLoopback(SocketAddress.inetSocketAddress(40000, "2001:db8::1"))).isFalse();
        assertThat(Loopback.isLoopback(SocketAddress.domainSocketAddress("/run/briefbot.sock"))).isFalse();
        assertThat(Loopback.isLoopback(null)).isFalse();
    }
}
