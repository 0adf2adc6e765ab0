package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import java.util.List;
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

    @Test
    void onlyThisMachinesOwnNamesForItselfAreLoopbackNames() {
        for (String authority : List.of("localhost", "localhost:8080", "LocalHost:8080", "127.0.0.1", "127.0.0.1:8080", "[::1]", "[::1]:8080")) {
            assertThat(Loopback.isLoopbackName(HostAndPort.parseAuthority(authority, -1))).as(authority).isTrue();
        }
        for (String authority : List.of("attacker.example:8080", "localhost.attacker.example", "127.0.0.1.nip.io", "10.0.0.5:8080",
                "[2001:db8::1]:8080", "127.0.0.2:8080")) {
            assertThat(Loopback.isLoopbackName(HostAndPort.parseAuthority(authority, -1))).as(authority).isFalse();
        }
        assertThat(Loopback.isLoopbackName(null)).isFalse();
    }
}
