package io.briefbot.web;

import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a request came from this machine. */
public final class Loopback {

    private Loopback() {
    }

    public static boolean isLoopback(SocketAddress address) {
        if (address == null || address.hostAddress() == null || address.hostAddress().isEmpty()) {
            return false;
        }
        try {
            // hostAddress is a numeric literal, so this resolves nothing.
            return InetAddress.getByName(address.hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
