package dk.spor.security.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.http.uri.UriTemplate;
import io.micronaut.security.oauth2.configuration.OauthConfiguration;
import io.micronaut.security.oauth2.url.DefaultOauthRouteUrlBuilder;
import io.micronaut.security.oauth2.url.OauthRouteUrlBuilder;
import jakarta.inject.Singleton;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;

/**
 * The absolute addresses the identity provider sends people back to (the redirect URI {@code /oauth/callback/<id>}
 * and, after sign-out, {@code /log-ud/faerdig}). They must be exactly the ones registered at the provider, so they are
 * built from {@code spor.public-url} ({@code SPOR_PUBLIC_URL}) when it is set: behind a proxy that ends TLS, the
 * request's own host and scheme would say {@code http://} and the provider would refuse the sign-in. Without it, the
 * request's host is used, as Micronaut does.
 */
@Singleton
@Replaces(DefaultOauthRouteUrlBuilder.class)
public class PublicAddresses implements OauthRouteUrlBuilder<HttpRequest<?>> {

    private final HttpHostResolver hosts;
    private final String publicUrl;
    private final String loginTemplate;
    private final String callbackTemplate;

    public PublicAddresses(HttpHostResolver hosts, OauthConfiguration oauth,
                           @Nullable @Value("${spor.public-url:}") String publicUrl) {
        this.hosts = hosts;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
        this.loginTemplate = oauth.getLoginUri();
        this.callbackTemplate = oauth.getCallbackUri();
    }

    /** Spor's own address for a path, e.g. {@code https://spor.kommune.dk/log-ud/faerdig}. */
    public String absolute(@Nullable HttpRequest<?> request, String path) {
        String base = publicUrl != null ? publicUrl : hosts.resolve(request);
        return UriBuilder.of(base).path(path).build().toString();
    }

    @Override
    public URL buildLoginUrl(@Nullable HttpRequest<?> originating, String providerName) {
        return buildUrl(originating, path(loginTemplate, providerName));
    }

    @Override
    public URL buildCallbackUrl(@Nullable HttpRequest<?> originating, String providerName) {
        return buildUrl(originating, path(callbackTemplate, providerName));
    }

    @Override
    public URI buildLoginUri(String providerName) {
        return URI.create(path(loginTemplate, providerName));
    }

    @Override
    public URI buildCallbackUri(String providerName) {
        return URI.create(path(callbackTemplate, providerName));
    }

    @Override
    public URL buildUrl(@Nullable HttpRequest<?> current, String path) {
        try {
            return URI.create(path.startsWith("http") ? path : absolute(current, path)).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Not an address: " + path, e);
        }
    }

    private static String path(String template, String providerName) {
        return UriTemplate.of(template).expand(Map.of("provider", providerName));
    }
}
