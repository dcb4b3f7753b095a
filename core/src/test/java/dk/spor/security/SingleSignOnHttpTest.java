package dk.spor.security;

import dk.spor.security.model.SingleSignOnEnvironment;
import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.IdentityProvider;
import dk.spor.support.PageClient;
import dk.spor.support.ProviderSignIn;
import dk.spor.support.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single sign-on against a real OpenID Connect provider running in the test, step by step over HTTP: what the provider
 * is sent (PKCE, state, nonce), and that each way an answer can be wrong gives no session. Two providers are set up,
 * {@code aarhus} (whose access tokens the JSON API also accepts, for the audience {@code api://spor}) and
 * {@code kombit} (a SAML provider behind a broker, as Spor sees it: just another OpenID Connect provider), set up with
 * {@code SPOR_OIDC_*} variables as the README says.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnHttpTest implements TestPropertyProvider {

    static final String API_AUDIENCE = "api://spor";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private IdentityProvider provider;

    @Override
    public Map<String, String> getProperties() {
        provider = IdentityProvider.start();
        Map<String, String> settings = new HashMap<>(TestDatabase.freshDatabase());
        settings.putAll(provider.settings("aarhus", "Aarhus Kommune", Map.of("api-audience", API_AUDIENCE)));
        // the second provider as the README has an IT department write it: environment variables, read at start
        SingleSignOnEnvironment.settings(Map.of(
                "SPOR_OIDC_PROVIDERS", "kombit",
                "SPOR_OIDC_KOMBIT_ISSUER", provider.issuer("kombit"),
                "SPOR_OIDC_KOMBIT_CLIENT_ID", IdentityProvider.CLIENT_ID,
                "SPOR_OIDC_KOMBIT_CLIENT_SECRET", IdentityProvider.CLIENT_SECRET,
                "SPOR_OIDC_KOMBIT_NAME", "KOMBIT Context Handler",
                "SPOR_OIDC_KOMBIT_CLAIM", "employee_number",
                "SPOR_OIDC_KOMBIT_MATCH", "employee-number"))
                .forEach((key, value) -> settings.put(key, value instanceof List<?> list
                        ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value)));
        return settings;
    }

    @BeforeAll
    void organisation() {
        FixtureOrganisation.imported(http.toBlocking());
    }

    @AfterAll
    void stop() {
        provider.close();
    }

    private ProviderSignIn browser() {
        return new ProviderSignIn(new PageClient(server.getURI()));
    }

    @Test
    void the_provider_is_asked_for_a_code_with_pkce_state_and_nonce_from_its_discovery_document() {
        // when
        HttpResponse<String> started = browser().start("aarhus");

        // then
        URI authorize = URI.create(ProviderSignIn.location(started));
        assertEquals(URI.create(provider.issuer("aarhus")).getPath() + "/authorize", authorize.getPath());
        Map<String, String> query = query(authorize);
        assertEquals("code", query.get("response_type"));
        assertEquals(IdentityProvider.CLIENT_ID, query.get("client_id"));
        assertEquals(server.getURI() + "/oauth/callback/aarhus", query.get("redirect_uri"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertTrue(query.get("code_challenge").length() >= 43, query.toString());
        assertTrue(query.get("scope").contains("openid"), query.toString());
        assertFalse(query.getOrDefault("state", "").isBlank());
        assertFalse(query.getOrDefault("nonce", "").isBlank());
        List<String> cookies = PageClient.setCookies(started);
        for (String name : List.of("spor-oidc-state", "spor-oidc-nonce", "spor-oidc-pkce")) {
            String cookie = cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow(
                    () -> new AssertionError("no " + name + " in " + cookies));
            assertTrue(cookie.contains("HTTPOnly") && cookie.contains("Path=/oauth") && cookie.contains("Max-Age=600"),
                    cookie);
        }
    }

    @Test
    void a_person_signs_in_with_spors_own_session_and_roles_from_spors_data_not_from_the_provider() {
        // given
        ProviderSignIn browser = browser();

        // when: Anne, a manager in Spor's data, whose provider says she is in HR's and the administrators' groups
        HttpResponse<String> back = browser.signIn("aarhus", "anne-sub",
                "{\"email\":\"Anne@Example.dk\",\"groups\":[\"HR\",\"Administratorer\"],\"roles\":[\"HR\"]}");

        // then
        assertEquals(303, back.statusCode(), back.body());
        assertEquals("/", ProviderSignIn.location(back));
        Map<String, Object> session = claims(browser.spor().cookies().get("spor-session"));
        assertEquals("spor", session.get("iss"), "Spor's own session, not the provider's token");
        assertEquals(List.of("EMPLOYEE", "MANAGER"), session.get("roles"));
        assertFalse(session.containsKey("openIdToken"), "the ID token stays out of the session");
        assertTrue(PageClient.setCookies(back).stream().anyMatch(c -> c.startsWith("spor-oidc-state=;")
                || c.startsWith("spor-oidc-state=\"\"") || (c.startsWith("spor-oidc-state=") && c.contains("Max-Age=0"))),
                "the one-time cookies are gone: " + PageClient.setCookies(back));
        HttpResponse<String> front = browser.spor().get("/");
        assertEquals(200, front.statusCode());
        assertTrue(front.body().contains("Goddag, Anne Leder"), front.body());
        assertTrue(front.body().contains("Medarbejder, Leder"), "the header names Spor's roles");
        assertFalse(front.body().contains(">HR<"), "no HR role from the provider's groups");
    }

    @Test
    void the_first_sign_in_links_the_account_and_a_later_one_finds_it_by_the_providers_subject() {
        // given: Erik signs in the first time, with his e-mail
        assertEquals("/", ProviderSignIn.location(browser().signIn("aarhus", "erik-sub",
                "{\"email\":\"erik@example.dk\"}")));

        // when: the provider later sends another e-mail for the same user (it changed there)
        ProviderSignIn browser = browser();
        HttpResponse<String> later = browser.signIn("aarhus", "erik-sub", "{\"email\":\"erik.m@example.dk\"}");

        // then: still Erik, by the link
        assertEquals("/", ProviderSignIn.location(later));
        Api erik = Api.withToken(http.toBlocking(), browser.spor().cookies().get("spor-session"));
        assertEquals("Erik Medarbejder", erik.get("/api/me").get("name"));
        List<Map<String, Object>> signIns = erik.list("/api/me/sign-ins");
        assertEquals(2, signIns.size(), signIns.toString());
        assertEquals(Map.of("method", "SINGLE_SIGN_ON", "provider", "aarhus", "providerName", "Aarhus Kommune",
                "channel", "BROWSER", "linked", false), without(signIns.get(0), "signedInAt"));
        assertEquals(true, signIns.get(1).get("linked"), "the first one linked the account");

        // and both, with the link to the provider's user, are in Erik's export of his data
        Map<String, Object> export = erik.get("/api/me/data/export");
        assertEquals(2, ((List<?>) export.get("signIns")).size(), export.toString());
        List<?> links = (List<?>) export.get("singleSignOnLinks");
        assertEquals(1, links.size(), export.toString());
        assertEquals(Map.of("provider", "aarhus", "providerName", "Aarhus Kommune", "subject", "erik-sub"),
                without(castMap(links.get(0)), "linkedAt"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    @Test
    void another_provider_matches_by_the_employee_number_claim() {
        // when
        ProviderSignIn browser = browser();
        HttpResponse<String> back = browser.signIn("kombit", "CVR:12345678-RID:9001",
                "{\"employee_number\":\"9001\"}");

        // then
        assertEquals("/", ProviderSignIn.location(back));
        assertEquals(List.of("EMPLOYEE", "HR"), claims(browser.spor().cookies().get("spor-session")).get("roles"),
                "Hanne HR, by her employee number");
    }

    @Test
    void someone_the_provider_knows_but_spor_does_not_is_refused_without_a_session() {
        // when
        HttpResponse<String> back = browser().signIn("aarhus", "stranger", "{\"email\":\"ny@example.dk\"}");

        // then
        assertEquals("/log-ind/afvist?grund=ukendt&udbyder=aarhus", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void a_provider_that_sends_no_usable_claim_is_refused_and_the_page_says_so() {
        // when
        HttpResponse<String> back = browser().signIn("kombit", "no-number", "{\"email\":\"bo@example.dk\"}");

        // then
        assertEquals("/log-ind/afvist?grund=mangler-oplysning&udbyder=kombit", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void a_tampered_state_is_refused() {
        // given
        ProviderSignIn browser = browser();
        String callback = browser.atProvider("aarhus", "bo-sub", "{\"email\":\"bo@example.dk\"}");
        String state = rawQuery(URI.create(callback)).get("state");
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"nonce\":\"00000000-0000-0000-0000-000000000000\"}".getBytes());
        assertNotEquals(state, tampered);

        // when
        HttpResponse<String> back = browser.back(callback.replace("state=" + state, "state=" + tampered));

        // then
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void a_missing_state_is_refused() {
        ProviderSignIn browser = browser();
        String callback = browser.atProvider("aarhus", "bo-sub", "{\"email\":\"bo@example.dk\"}");
        HttpResponse<String> back = browser.back(callback.replaceAll("[&?]state=[^&]*", ""));
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void a_replayed_code_is_refused_in_the_same_browser_and_with_the_first_attempts_cookies() {
        // given: Cecilie signed in, and the provider's answer was copied on the way
        ProviderSignIn browser = browser();
        String callback = browser.atProvider("aarhus", "cecilie-sub", "{\"email\":\"cecilie@example.dk\"}");
        Map<String, String> cookiesBefore = new HashMap<>(browser.spor().cookies());
        assertEquals("/", ProviderSignIn.location(browser.back(callback)));

        // when: the same answer again, in the same browser (its one-time cookies are gone)
        browser.spor().cookies().remove("spor-session");
        HttpResponse<String> again = browser.back(callback);

        // then
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(again));
        assertNoSession(again);

        // when: the same answer with every cookie of the first attempt, as someone who copied them all would
        ProviderSignIn copy = browser();
        copy.spor().cookies().putAll(cookiesBefore);
        HttpResponse<String> replayed = copy.back(callback);

        // then
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(replayed));
        assertNoSession(replayed);
    }

    @Test
    void an_id_token_with_another_nonce_is_refused() {
        HttpResponse<String> back = browser().signIn("aarhus", "bo-sub",
                "{\"email\":\"bo@example.dk\",\"nonce\":\"a-nonce-from-another-sign-in\"}");
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void an_id_token_for_another_audience_is_refused() {
        HttpResponse<String> back = browser().signIn("aarhus", "bo-sub",
                "{\"email\":\"bo@example.dk\",\"aud\":\"another-application\"}");
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void an_expired_id_token_is_refused() {
        long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        HttpResponse<String> back = browser().signIn("aarhus", "bo-sub",
                "{\"email\":\"bo@example.dk\",\"iat\":" + (anHourAgo - 60) + ",\"exp\":" + anHourAgo + "}");
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void an_error_from_the_provider_is_the_failure_page_too() {
        HttpResponse<String> back = browser().back("/oauth/callback/aarhus?error=access_denied&state=x");
        assertEquals("/log-ind/afvist?grund=fejl&udbyder=aarhus", ProviderSignIn.location(back));
        assertNoSession(back);
    }

    @Test
    void the_providers_tokens_are_no_session_for_pages_and_no_bearer_token_unless_meant_for_the_api() {
        // given: tokens the provider signed for Bo, meant for Spor's client id (as an ID token is) and for another API
        String idTokenLike = provider.accessToken("kombit", "bo-sub", IdentityProvider.CLIENT_ID,
                Map.of("email", "bo@example.dk", "employee_number", "1002"));
        String otherAudience = provider.accessToken("aarhus", "bo-sub", "api://another",
                Map.of("email", "bo@example.dk"));

        // then: as a page's session cookie, nobody is signed in
        PageClient page = new PageClient(server.getURI());
        page.cookies().put("spor-session", idTokenLike);
        assertEquals(303, page.get("/").statusCode());

        // and as bearer tokens, the API refuses them: one provider's tokens are not taken, the other's only for its audience
        for (String token : List.of(idTokenLike, otherAudience)) {
            HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(HttpRequest.GET("/api/me").bearerAuth(token), Map.class));
            assertEquals(HttpStatus.UNAUTHORIZED, refused.getStatus());
        }
    }

    @Test
    void an_integration_calls_the_api_with_the_providers_access_token_for_its_audience_as_the_person_it_names() {
        // given
        String token = provider.accessToken("aarhus", "some-pairwise-subject", API_AUDIENCE,
                Map.of("email", "dorte@example.dk", "roles", List.of("HR")));

        // when
        Map<?, ?> me = http.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(token), Map.class);

        // then: Dorte, with her roles in Spor's data
        assertEquals("Dorte Leder", me.get("name"), me.toString());
        assertTrue(String.valueOf(me.get("roles")).contains("MANAGER"), me.toString());
        assertFalse(String.valueOf(me.get("roles")).contains("HR"), me.toString());
    }

    @Test
    void local_sign_in_still_works_and_is_recorded_with_where_it_came_from() {
        // given
        PageClient page = new PageClient(server.getURI());
        assertEquals(303, page.signIn("hanne@example.dk", FixtureOrganisation.PASSWORD).statusCode());

        // when
        List<Map<String, Object>> signIns = Api.signIn(http.toBlocking(), "hanne@example.dk",
                FixtureOrganisation.PASSWORD).list("/api/me/sign-ins");

        // then: the API sign-in just made, then the page's (and the single sign-on of another test, if it ran first)
        assertEquals(Map.of("method", "PASSWORD", "channel", "API", "linked", false),
                without(signIns.get(0), "signedInAt"));
        assertTrue(signIns.stream().anyMatch(s -> s.get("method").equals("PASSWORD") && s.get("channel").equals("BROWSER")),
                signIns.toString());
    }

    private static void assertNoSession(HttpResponse<String> answer) {
        assertTrue(PageClient.setCookies(answer).stream().noneMatch(c -> c.startsWith("spor-session=")
                && !c.contains("Max-Age=0")), PageClient.setCookies(answer).toString());
    }

    private static Map<String, Object> claims(String jwt) {
        try {
            return io.micronaut.json.JsonMapper.createDefault().readValue(
                    Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), Argument.mapOf(String.class, Object.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }

    private static Map<String, String> rawQuery(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }

    private static Map<String, Object> without(Map<String, Object> map, String key) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.remove(key);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
