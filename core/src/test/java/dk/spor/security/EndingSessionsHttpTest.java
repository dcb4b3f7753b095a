package dk.spor.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.PageClient;
import dk.spor.support.RealDatabase;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in that a security review accepts: changing one's password needs the current one; a change or an HR reset ends
 * every token issued before it, the browser's session too; signing out ends the session's token, not only its cookie;
 * a token whose not-before lies ahead is refused.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndingSessionsHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    private Api hr;

    @BeforeAll
    void an_organisation() {
        hr = FixtureOrganisation.imported(http.toBlocking()).as("hanne@example.dk");
    }

    private Api as(String email, String password) {
        return Api.signIn(http.toBlocking(), email, password);
    }

    private static HttpStatus statusOf(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run).getStatus();
    }

    @Test
    void changing_ones_password_needs_the_current_one() {
        // given
        Api cecilie = as("cecilie@example.dk", PASSWORD);

        // when
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> cecilie.put("/api/me/password", Map.of("password", "a-new-long-password")));
        HttpClientResponseException wrong = assertThrows(HttpClientResponseException.class,
                () -> cecilie.put("/api/me/password", body("currentPassword", "not-my-password",
                        "password", "a-new-long-password")));

        // then
        assertEquals(HttpStatus.BAD_REQUEST, missing.getStatus());
        assertTrue(Api.problem(missing).toString().contains("currentPassword"), Api.problem(missing).toString());
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, wrong.getStatus());
        assertTrue(Api.problem(wrong).toString().contains("currentPassword"), Api.problem(wrong).toString());
        assertEquals("Cecilie Medarbejder", as("cecilie@example.dk", PASSWORD).get("/api/me").get("name"));
    }

    @Test
    void a_password_change_ends_every_session_issued_before_it_and_the_new_password_signs_in() {
        // given: Bo is signed in twice, once in the browser
        Api phone = as("bo@example.dk", PASSWORD);
        Api laptop = as("bo@example.dk", PASSWORD);
        PageClient browser = new PageClient(server.getURI());
        browser.signIn("bo@example.dk", PASSWORD);
        assertEquals(200, browser.get("/").statusCode());

        // when
        laptop.put("/api/me/password", body("currentPassword", PASSWORD, "password", "bos-new-long-password"));

        // then
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(() -> phone.get("/api/me")));
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(() -> laptop.get("/api/me")));
        var page = browser.get("/");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("location").orElse("").startsWith("/log-ind"), page.headers().toString());
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(() -> as("bo@example.dk", PASSWORD)));
        assertEquals("Bo Medarbejder", as("bo@example.dk", "bos-new-long-password").get("/api/me").get("name"));
    }

    @Test
    void an_hr_reset_ends_the_persons_sessions() {
        // given
        Api dorte = as("dorte@example.dk", PASSWORD);
        String id = Lookups.person(hr, "dorte@example.dk");

        // when
        hr.put("/api/people/" + id + "/password", Map.of("password", "reset-by-hr-password"));

        // then
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(() -> dorte.get("/api/me")));
        assertEquals("Dorte Leder", as("dorte@example.dk", "reset-by-hr-password").get("/api/me").get("name"));
    }

    @Test
    void signing_out_ends_that_sessions_token_and_no_other() {
        // given
        Api one = as("erik@example.dk", PASSWORD);
        Api other = as("erik@example.dk", PASSWORD);

        // when
        one.exchange(HttpRequest.POST("/api/logout", Map.of()), Map.class);

        // then
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(() -> one.get("/api/me")));
        assertEquals("Erik Medarbejder", other.get("/api/me").get("name"));
    }

    @Test
    void signing_out_of_the_browser_ends_the_token_in_its_cookie() {
        // given: a copy of the session cookie, as someone at the same computer could take
        PageClient browser = new PageClient(server.getURI());
        browser.signIn("anne@example.dk", PASSWORD);
        String session = browser.cookies().get("spor-session");
        String csrf = PageClient.csrfToken(browser.get("/"));

        // when
        browser.post("/log-ud", Map.of("csrfToken", csrf));

        // then
        PageClient copy = new PageClient(server.getURI());
        copy.cookies().put("spor-session", session);
        var page = copy.get("/");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("location").orElse("").startsWith("/log-ind"));
    }

    @Test
    void a_token_whose_not_before_lies_ahead_is_refused() throws Exception {
        // given: a real token of Bo's account, re-signed with its not-before an hour ahead
        Api cecilie = as("cecilie@example.dk", PASSWORD);
        String token = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/login",
                Map.of("username", "hanne@example.dk", "password", PASSWORD)), Map.class).get("access_token");
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        SignedJWT later = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder(claims)
                .notBeforeTime(Date.from(Instant.now().plusSeconds(3600))).build());
        later.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        SignedJWT now = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        now.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));

        // when
        HttpStatus refused = statusOf(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/me")
                .bearerAuth(later.serialize()), Map.class));
        Map<?, ?> accepted = http.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(now.serialize()),
                Map.class);

        // then: the same claims, re-signed without the change, still sign in, so the not-before alone is refused
        assertEquals(HttpStatus.UNAUTHORIZED, refused);
        assertEquals("Hanne HR", accepted.get("name"));
        assertEquals(List.of("EMPLOYEE"), cecilie.get("/api/me").get("roles"));
    }
}
