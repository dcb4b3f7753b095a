package dk.spor.calendars;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses a calendar may be fetched from on a person's behalf. A person types the address, so without a rule
 * they could make the server read its own loopback, the cloud's metadata service or the municipality's internal
 * network. Public addresses are allowed; private, loopback, link-local and other special-purpose addresses only for
 * host names an operator has named (an internal Exchange server, say).
 *
 * <p>The host is resolved and every address it resolves to is checked; each redirect is checked again. A host whose
 * DNS answer changes between the check and the connection (DNS rebinding) is not caught here.
 */
public final class FetchPolicy {

    private final Set<String> privateHostsAllowed;

    private FetchPolicy(Set<String> privateHostsAllowed) {
        this.privateHostsAllowed = privateHostsAllowed;
    }

    /** Only public addresses. */
    public static FetchPolicy publicOnly() {
        return new FetchPolicy(Set.of());
    }

    /**
     * Public addresses, and these host names (or literal addresses) even where they resolve to a private address.
     *
     * @param hosts host names as written in the address, compared without case
     */
    public static FetchPolicy allowingPrivate(Collection<String> hosts) {
        return new FetchPolicy(hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Refuses an address that is not http(s), has no host, or resolves to a non-public address of a host not named.
     *
     * @param url the address about to be fetched
     * @throws IOException with a sentence saying why
     */
    public void check(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("only http and https addresses can be read: " + url);
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new IOException("the address has no host: " + url);
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (privateHostsAllowed.contains(bare.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new IOException("the host " + bare + " is unknown");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new IOException("the host " + bare + " is on an internal or special-purpose network ("
                        + address.getHostAddress() + "); an operator can allow it by name");
            }
        }
    }

    /**
     * Whether an address is reachable on the public internet: not loopback, unspecified, private (RFC 1918, IPv6
     * unique-local), link-local (including cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, or
     * another special-purpose block.
     *
     * @param address the resolved address
     * @return true for a public address
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                   // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, 100.64.0.0/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240;                             // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                       // unique local, fc00::/7
                return false;
            }
            boolean v4Compatible = true;
            for (int i = 0; i < 12; i++) {
                v4Compatible &= b[i] == 0;
            }
            if (v4Compatible || (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
                // ::a.b.c.d and the NAT64 prefix 64:ff9b::/96 lead to an IPv4 address: judge that one
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
