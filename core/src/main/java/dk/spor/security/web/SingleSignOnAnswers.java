package dk.spor.security.web;

import dk.spor.security.application.SingleSignOnProviders;
import dk.spor.security.model.Refusal;
import dk.spor.web.page.ReturnPath;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the browser is answered around single sign-on: where it goes after the provider sent it back (the page it
 * wanted, or the page saying why it was refused), and, at sign-out, the provider's end-session address so the
 * provider's session ends too (OpenID Connect RP-initiated logout, with {@code id_token_hint} and
 * {@code post_logout_redirect_uri}).
 *
 * <p>The ID token needed for that is kept in a cookie of its own ({@value #PROVIDER_SESSION}), sent only to the
 * sign-out address, rather than in Spor's session JWT, which it would make too large for a cookie with some providers.
 */
@Singleton
public class SingleSignOnAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnAnswers.class);

    static final String LOGIN = "/oauth/login/";
    static final String CALLBACK = "/oauth/callback/";
    /** Where the person wanted to go, kept from the button to the provider's answer. */
    static final String NEXT = "spor-next";
    /** The provider signed in with and its ID token, for the sign-out only. */
    static final String PROVIDER_SESSION = "spor-sso";
    static final String SIGN_OUT = "/log-ud";
    /** Where the provider sends the person after ending its session; registered at the provider. */
    public static final String SIGNED_OUT = "/log-ud/faerdig";
    public static final String REFUSED = "/log-ind/afvist";

    private final SingleSignOnProviders providers;
    private final BeanContext beans;
    private final PublicAddresses addresses;
    private final boolean secure;
    private final Duration session;

    public SingleSignOnAnswers(SingleSignOnProviders providers, BeanContext beans, PublicAddresses addresses,
                               @Value("${spor.web.secure-cookies:true}") boolean secure,
                               AccessTokenConfiguration tokens) {
        this.providers = providers;
        this.beans = beans;
        this.addresses = addresses;
        this.secure = secure;
        this.session = Duration.ofSeconds(tokens.getExpiration());
    }

    static boolean isCallback(HttpRequest<?> request) {
        return request.getPath().startsWith(CALLBACK);
    }

    /** The provider's id in a sign-in or callback address. */
    static String providerOf(HttpRequest<?> request) {
        String path = request.getPath();
        String rest = path.startsWith(CALLBACK) ? path.substring(CALLBACK.length())
                : path.startsWith(LOGIN) ? path.substring(LOGIN.length()) : "";
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The authentication without the ID token, which stays out of Spor's session JWT. */
    static Authentication withoutIdToken(Authentication authentication) {
        Map<String, Object> attributes = new HashMap<>(authentication.getAttributes());
        attributes.remove(SingleSignOnMapper.ID_TOKEN);
        return Authentication.build(authentication.getName(), authentication.getRoles(), attributes);
    }

    /** After the session cookie is set: on to the page the person wanted, with the provider's session remembered. */
    MutableHttpResponse<?> signedIn(MutableHttpResponse<?> response, Authentication authentication,
                                    HttpRequest<?> request) {
        String next = request.getCookies().findCookie(NEXT).map(Cookie::getValue).map(ReturnPath::orHome).orElse("/");
        Object idToken = authentication.getAttributes().get(SingleSignOnMapper.ID_TOKEN);
        Object provider = authentication.getAttributes().get(SingleSignOnMapper.PROVIDER);
        if (idToken != null && provider != null) {
            response.cookie(Cookie.of(PROVIDER_SESSION, provider + "|" + idToken).path(SIGN_OUT).httpOnly(true)
                    .secure(secure).sameSite(SameSite.Lax).maxAge(session));
        }
        return response.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, next);
    }

    /** A refused sign-in: the page saying why, and whom to ask. No session was made. */
    MutableHttpResponse<?> refused(MutableHttpResponse<?> response, AuthenticationResponse failure,
                                   HttpRequest<?> request) {
        Refusal refusal = failure instanceof SingleSignOnMapper.Refused r ? r.refusal() : Refusal.FAILED;
        if (refusal == Refusal.FAILED) {
            LOG.warn("A sign-in through {} failed: {}", providerOf(request), failure.getMessage().orElse("no reason"));
        }
        return response.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, refusedPage(refusal, request));
    }

    /** Whether an answer sends the browser to the page saying why a sign-in gave no session. */
    static boolean isRefusedPage(MutableHttpResponse<?> response) {
        return response.getHeaders().get(HttpHeaders.LOCATION, String.class).filter(l -> l.startsWith(REFUSED))
                .isPresent();
    }

    static String refusedPage(Refusal refusal, HttpRequest<?> request) {
        return REFUSED + "?grund=" + refusal.code() + "&udbyder="
                + URLEncoder.encode(providerOf(request), StandardCharsets.UTF_8);
    }

    /** The cookies that only carry one sign-in through the provider, gone once the provider has answered. */
    static List<Cookie> oneTimeCookiesGone(List<String> names) {
        return names.stream().map(name -> Cookie.of(name, "").path(SingleSignOnCallbacks.COOKIE_PATH).maxAge(0))
                .toList();
    }

    /** The remembered provider session, gone: at every sign-out and every password sign-in. */
    public Cookie providerSessionGone() {
        return Cookie.of(PROVIDER_SESSION, "").path(SIGN_OUT).httpOnly(true).secure(secure).sameSite(SameSite.Lax)
                .maxAge(0);
    }

    /**
     * The provider's end-session address for the session being ended, when the person signed in through a provider
     * whose discovery document names an {@code end_session_endpoint}.
     */
    public Optional<String> endSession(HttpRequest<?> request) {
        Optional<String> remembered = request.getCookies().findCookie(PROVIDER_SESSION).map(Cookie::getValue);
        if (remembered.isEmpty() || !remembered.get().contains("|")) {
            return Optional.empty();
        }
        String id = remembered.get().substring(0, remembered.get().indexOf('|'));
        String idToken = remembered.get().substring(id.length() + 1);
        Optional<SingleSignOnProviders.Provider> provider = providers.byId(id);
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        String endpoint;
        try {
            endpoint = beans.findBean(OpenIdProviderMetadata.class, Qualifiers.byName(id))
                    .map(OpenIdProviderMetadata::getEndSessionEndpoint).orElse(null);
        } catch (RuntimeException unreachable) {
            // the provider's discovery document cannot be read now: Spor's own session still ends
            LOG.warn("The end-session address of {} could not be read: {}", id, unreachable.toString());
            return Optional.empty();
        }
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(endpoint + (endpoint.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(addresses.absolute(request, SIGNED_OUT))
                + "&client_id=" + encode(provider.get().clientId()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
