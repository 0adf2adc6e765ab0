package io.briefbot.ingest.feed;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Addresses that are not on the public internet: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), shared
 * (100.64/10, carrier-grade NAT), link-local (169.254/16, fe80::/10, where cloud metadata services answer: 169.254.169.254,
 * fd00:ec2::254), unspecified, "this network" (0/8), multicast and reserved (224/3) ones, and IPv6 addresses that carry
 * one of those IPv4 addresses (IPv4-compatible or -mapped, NAT64 64:ff9b::/96, 6to4 2002::/16).
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    static boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? isPrivateV4(bytes, 0) : isPrivateV6(address, bytes);
    }

    private static boolean isPrivateV4(byte[] bytes, int at) {
        int first = bytes[at] & 0xff;
        int second = bytes[at + 1] & 0xff;
        return first == 0 || first == 10 || first == 127 || first >= 224
                || first == 100 && (second & 0xc0) == 64
                || first == 169 && second == 254
                || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 168;
    }

    private static boolean isPrivateV6(InetAddress address, byte[] bytes) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || (bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        boolean compatible = Arrays.equals(bytes, 0, 12, new byte[12], 0, 12);
        boolean mapped = Arrays.equals(bytes, 0, 10, new byte[10], 0, 10) && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                && Arrays.equals(bytes, 4, 12, new byte[8], 0, 8);
        if (compatible || mapped || nat64) {
            return isPrivateV4(bytes, 12);
        }
        return bytes[0] == 0x20 && bytes[1] == 0x02 && isPrivateV4(bytes, 2);
    }
}
