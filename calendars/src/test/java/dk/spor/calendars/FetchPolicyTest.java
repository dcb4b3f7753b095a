package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FetchPolicyTest {

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("8.8.8.8", true, "a public IPv4 address"),
                Arguments.of("172.32.0.1", true, "just outside 172.16.0.0/12"),
                Arguments.of("100.128.0.1", true, "just outside carrier-grade NAT"),
                Arguments.of("2001:4860:4860::8888", true, "a public IPv6 address"),
                Arguments.of("127.0.0.1", false, "loopback"),
                Arguments.of("127.8.9.10", false, "loopback is a /8"),
                Arguments.of("::1", false, "IPv6 loopback"),
                Arguments.of("0.0.0.0", false, "unspecified"),
                Arguments.of("10.20.30.40", false, "RFC 1918 10/8"),
                Arguments.of("172.16.0.1", false, "RFC 1918 172.16/12"),
                Arguments.of("172.31.255.255", false, "RFC 1918 172.16/12, top"),
                Arguments.of("192.168.1.1", false, "RFC 1918 192.168/16"),
                Arguments.of("169.254.169.254", false, "link-local: cloud metadata"),
                Arguments.of("100.64.0.1", false, "carrier-grade NAT"),
                Arguments.of("224.0.0.1", false, "multicast"),
                Arguments.of("255.255.255.255", false, "broadcast"),
                Arguments.of("fd12:3456::1", false, "IPv6 unique local"),
                Arguments.of("fe80::1", false, "IPv6 link-local"),
                Arguments.of("::ffff:10.0.0.1", false, "IPv4-mapped private address"),
                Arguments.of("::10.0.0.1", false, "IPv4-compatible private address"),
                Arguments.of("64:ff9b::a9fe:a9fe", false, "NAT64 to the metadata address"));
    }

    @ParameterizedTest(name = "{2}: {0} public = {1}")
    @MethodSource("addresses")
    void only_public_addresses_may_be_fetched_from(String literal, boolean expected, String why)
            throws UnknownHostException {
        assertEquals(expected, FetchPolicy.isPublic(InetAddress.getByName(literal)), why);
    }
}
