package io.briefbot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1", "100.64.0.1",
            "100.127.255.254", "169.254.169.254", "169.254.0.1", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
            "255.255.255.255", "::", "::1", "fe80::1", "fc00::1", "fd00:ec2::254", "fec0::1", "ff02::1", "::ffff:10.0.0.1",
            "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:a00:1::1", "2002:7f00:1::"})
    void privateLinkLocalMetadataAndOtherNonPublicAddressesAreRecognised(String address) throws UnknownHostException {
        assertThat(PrivateAddresses.contains(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1", "192.169.0.1",
            "169.253.255.255", "11.0.0.1", "223.255.255.254", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8",
            "64:ff9b::808:808", "2002:808:808::1"})
    void publicAddressesAreNot(String address) throws UnknownHostException {
        assertThat(PrivateAddresses.contains(InetAddress.getByName(address))).isFalse();
    }
}
