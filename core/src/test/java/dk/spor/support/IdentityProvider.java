package dk.spor.support;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenID Connect provider for tests: mock-oauth2-server on a free port of this machine, with its interactive
 * login form (a username, and the claims as JSON, which the ID token then carries). Every issuer id
 * ({@code /aarhus}, {@code /kombit}) is a provider of its own, with its discovery document, keys, end-session address.
 * One per test class: {@link #start}, {@link #close}.
 */
public final class IdentityProvider implements AutoCloseable {

    /** The client id and secret Spor is registered with at every issuer here. */
    public static final String CLIENT_ID = "spor";
    public static final String CLIENT_SECRET = "spor-client-secret";

    private final MockOAuth2Server server;
    private final List<RecordedRequest> seen = new ArrayList<>();

    private IdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    public static IdentityProvider start() {
        return startAt(freePort());
    }

    /** The provider on this port, e.g. one a test first named in Spor's settings while nothing listened there. */
    public static IdentityProvider startAt(int port) {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(InetAddress.getLoopbackAddress(), port);
        return new IdentityProvider(server);
    }

    /** A port of this machine's loopback address that nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer(String id) {
        return server.issuerUrl(id).toString();
    }

    /**
     * Spor's settings for a provider at this issuer id, as an operator writes them, e.g.
     * {@code settings("aarhus", "Aarhus Kommune")}; more of {@code spor.sign-in.providers.<id>.*} in {@code extra}.
     */
    public Map<String, String> settings(String id, String name, Map<String, String> extra) {
        return settings(issuer(id), id, name, extra);
    }

    /** The same for a provider at any issuer address, e.g. one where nothing answers. */
    public static Map<String, String> settings(String issuer, String id, String name, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>();
        // the tests' server answers at a random local port, which is then its public address: the provider is told
        // to send the browser back there
        settings.put("spor.public-url", "");
        String client = "micronaut.security.oauth2.clients." + id + ".";
        settings.put(client + "client-id", CLIENT_ID);
        settings.put(client + "client-secret", CLIENT_SECRET);
        settings.put(client + "openid.issuer", issuer);
        settings.put(client + "scopes", "openid,profile,email");
        settings.put("spor.sign-in.providers." + id + ".name", name);
        extra.forEach((key, value) -> settings.put("spor.sign-in.providers." + id + "." + key, value));
        return settings;
    }

    /** An access token the provider signed, as an integration would get it, e.g. for the audience api://spor. */
    public String accessToken(String id, String subject, String audience, Map<String, Object> claims) {
        return server.issueToken(id, "integration", new DefaultOAuth2TokenCallback(id, subject, "JWT",
                List.of(audience), claims, 3600)).serialize();
    }

    /** The requests the provider received so far whose path starts so, e.g. {@code /aarhus/endsession}. */
    public List<RecordedRequest> received(String pathStart) {
        while (true) {
            try {
                seen.add(server.takeRequest(50, TimeUnit.MILLISECONDS));
            } catch (RuntimeException noneWaiting) {
                // mock-oauth2-server answers an empty queue with an exception, not with null
                break;
            }
        }
        return seen.stream().filter(r -> r.getPath() != null && r.getPath().startsWith(pathStart)).toList();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
