package dk.spor.web;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.PageClient;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages' security as seen on the wire: forms need their CSRF token, the session cookie cannot be read by scripts
 * nor sent cross-site with a form, every answer carries the security headers and a policy that allows no inline
 * script, and the JSON API keeps working with bearer tokens while refusing the session cookie.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSecurityHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @BeforeAll
    void organisation() {
        FixtureOrganisation.imported(http.toBlocking());
    }

    private PageClient signedIn(String email) {
        PageClient pages = new PageClient(server.getURI());
        HttpResponse<String> answer = pages.signIn(email, FixtureOrganisation.PASSWORD);
        assertEquals(303, answer.statusCode(), answer.body());
        assertTrue(pages.cookies().containsKey("spor-session"));
        return pages;
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_changes_nothing() {
        // given
        PageClient bo = signedIn("bo@example.dk");

        // when: signing out without the token
        HttpResponse<String> refused = bo.post("/log-ud", Map.of());

        // then
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Formularen er udløbet"), refused.body());
        assertEquals(200, bo.get("/").statusCode(), "still signed in");
    }

    @Test
    void an_htmx_request_carries_the_token_in_a_header_instead_of_a_field() {
        // given
        PageClient bo = signedIn("bo@example.dk");
        String token = PageClient.csrfToken(bo.get("/"));

        // when
        HttpResponse<String> accepted = bo.send(HttpRequest.newBuilder(server.getURI().resolve("/log-ud"))
                .header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.noBody()));

        // then
        assertEquals(303, accepted.statusCode(), accepted.body());
        assertEquals("/log-ind?grund=logget-ud", accepted.headers().firstValue("Location").orElse(null));
    }

    @Test
    void an_htmx_request_without_a_session_is_told_where_to_sign_in_instead_of_getting_the_sign_in_page() {
        HttpResponse<String> answer = new PageClient(server.getURI()).send(HttpRequest.newBuilder(
                server.getURI().resolve("/")).header("HX-Request", "true").GET());
        assertEquals(401, answer.statusCode());
        assertEquals("/log-ind?grund=kraevet&next=%2F", answer.headers().firstValue("HX-Redirect").orElse(null));
    }

    @Test
    void a_form_posted_with_a_token_that_is_not_the_cookies_is_refused() {
        PageClient bo = signedIn("bo@example.dk");
        HttpResponse<String> refused = bo.post("/log-ud", Map.of("csrfToken", "made.up"));
        assertEquals(403, refused.statusCode());
    }

    @Test
    void the_sign_in_form_itself_needs_its_token() {
        PageClient stranger = new PageClient(server.getURI());
        HttpResponse<String> refused = stranger.post("/log-ind",
                Map.of("username", "bo@example.dk", "password", FixtureOrganisation.PASSWORD));
        assertEquals(403, refused.statusCode());
        assertFalse(stranger.cookies().containsKey("spor-session"));
    }

    @Test
    void the_session_cookie_is_http_only_secure_and_same_site_lax() {
        // when
        PageClient pages = new PageClient(server.getURI());
        HttpResponse<String> answer = pages.signIn("bo@example.dk", FixtureOrganisation.PASSWORD);

        // then
        String session = PageClient.setCookies(answer).stream().filter(c -> c.startsWith("spor-session="))
                .findFirst().orElseThrow();
        assertTrue(session.contains("HTTPOnly") || session.contains("HttpOnly"), session);
        assertTrue(session.contains("Secure"), session);
        assertTrue(session.contains("SameSite=Lax"), session);
        assertEquals("/", answer.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void pages_carry_the_apis_security_headers_and_a_policy_without_inline_script() {
        // given
        PageClient bo = signedIn("bo@example.dk");

        for (HttpResponse<String> answer : List.of(bo.get("/"), bo.get("/log-ind"), bo.get("/findes-ikke"),
                new PageClient(server.getURI()).get("/data-og-regler"))) {
            // then
            var headers = answer.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null));
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null));
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null));
            String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("script-src 'self'"), policy);
            assertTrue(policy.contains("style-src 'self'"), policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            assertFalse(answer.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script");
            assertFalse(answer.body().contains(" style=\""), "no inline style");
        }
    }

    @Test
    void the_bearer_api_works_as_before_and_does_not_take_the_session_cookie() throws Exception {
        // given
        PageClient bo = signedIn("bo@example.dk");

        // when: the API with a bearer token
        Map<String, Object> me = Api.signIn(http.toBlocking(), "bo@example.dk", FixtureOrganisation.PASSWORD)
                .get("/api/me");

        // then
        assertEquals("Bo Medarbejder", me.get("name"));
        HttpResponse<String> withCookie = bo.send(HttpRequest.newBuilder(server.getURI().resolve("/api/me"))
                .header("Accept", "application/json").GET());
        assertEquals(401, withCookie.statusCode(), "the API takes bearer tokens only");
        assertEquals("application/problem+json", withCookie.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void a_missing_page_is_a_page_for_browsers_and_a_problem_for_the_api() {
        PageClient bo = signedIn("bo@example.dk");
        HttpResponse<String> page = bo.get("/findes-ikke");
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Siden findes ikke"), page.body());
        assertFalse(page.body().contains("Exception") || page.body().contains("dk.spor"), page.body());

        HttpResponse<String> api = new PageClient(server.getURI()).send(HttpRequest.newBuilder(
                server.getURI().resolve("/api/findes-ikke")).header("Accept", "application/json").GET());
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void assets_are_kept_by_browsers_for_a_year_under_names_that_change_with_their_content() {
        // given: the stylesheet a page links to
        HttpResponse<String> page = new PageClient(server.getURI()).get("/log-ind");
        Matcher css = Pattern.compile("href=\"(/assets/dkfds\\.[0-9a-f]{12}\\.css)\"").matcher(page.body());
        assertTrue(css.find(), page.body());

        // when
        HttpResponse<String> asset = new PageClient(server.getURI()).get(css.group(1));

        // then
        assertEquals(200, asset.statusCode());
        assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(asset.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        Matcher font = Pattern.compile("url\\((IBMPlexSans-Regular\\.[0-9a-f]{12}\\.woff2)\\)").matcher(asset.body());
        assertTrue(font.find(), "the stylesheet points at the hashed font");
        assertEquals(200, new PageClient(server.getURI()).get("/assets/" + font.group(1)).statusCode());
        assertEquals(404, new PageClient(server.getURI()).get("/assets/manifest.json").statusCode());
        assertEquals(404, new PageClient(server.getURI()).get("/assets/dkfds.000000000000.css").statusCode());
    }

    @Test
    void a_page_asked_for_without_signing_in_sends_the_person_to_sign_in_and_back() {
        HttpResponse<String> answer = new PageClient(server.getURI()).get("/?fane=2");
        assertEquals(303, answer.statusCode());
        assertEquals("/log-ind?grund=kraevet&next=%2F%3Ffane%3D2", answer.headers().firstValue("Location").orElse(null));
        assertFalse(answer.headers().firstValue("WWW-Authenticate").isPresent(), "no Basic-authentication dialog");
    }
}
