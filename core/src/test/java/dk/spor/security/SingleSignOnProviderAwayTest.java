package dk.spor.security;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.IdentityProvider;
import dk.spor.support.PageClient;
import dk.spor.support.ProviderSignIn;
import dk.spor.support.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An identity provider that cannot be reached when Spor starts (nothing listens at its issuer): Spor starts all the
 * same, the break-glass administrator signs in with a password, another provider still signs people in, and the away
 * provider's button leads to a Danish page saying sign-in through it does not work now — never an error page. Once
 * the provider answers, its button leads to it, without a restart.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnProviderAwayTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private IdentityProvider provider;
    private int nobodyListens;

    @Override
    public Map<String, String> getProperties() {
        provider = IdentityProvider.start();
        nobodyListens = IdentityProvider.freePort();
        Map<String, String> settings = new HashMap<>(TestDatabase.freshDatabase());
        settings.putAll(provider.settings("aarhus", "Aarhus Kommune", Map.of()));
        settings.putAll(IdentityProvider.settings("http://127.0.0.1:" + nobodyListens + "/nede", "nede",
                "Nede Kommune", Map.of()));
        settings.put("spor.sign-in.passwords", "false");
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

    @Test
    @Order(1)
    void the_away_providers_button_leads_to_a_page_saying_signing_in_with_it_does_not_work_now() {
        // given
        PageClient browser = new PageClient(server.getURI());
        String signInPage = browser.get("/log-ind").body();
        assertTrue(signInPage.contains("Log ind med Nede Kommune") && signInPage.contains("Log ind med Aarhus Kommune"),
                signInPage);

        // when
        HttpResponse<String> pressed = browser.get("/oauth/login/nede?next=%2Fmine-data%2Flog-ind-historik");

        // then
        assertEquals(303, pressed.statusCode(), pressed.body());
        assertEquals("/log-ind/afvist?grund=utilgaengelig&udbyder=nede", ProviderSignIn.location(pressed));
        assertTrue(PageClient.setCookies(pressed).stream().noneMatch(c -> c.startsWith("spor-session=")),
                PageClient.setCookies(pressed).toString());
        HttpResponse<String> page = browser.get(ProviderSignIn.location(pressed));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Log ind med din organisation virker ikke lige nu"), page.body());
        assertTrue(page.body().contains("Spor kan ikke få forbindelse til Nede Kommune lige nu"), page.body());
    }

    @Test
    @Order(2)
    void once_the_provider_answers_its_button_leads_to_it_without_a_restart() {
        // given: the provider is there now
        try (IdentityProvider ignored = IdentityProvider.startAt(nobodyListens)) {
            // when
            HttpResponse<String> pressed = new PageClient(server.getURI()).get("/oauth/login/nede");

            // then: on to the provider (Micronaut answers the button with 302)
            assertEquals(302, pressed.statusCode(), pressed.body());
            assertTrue(ProviderSignIn.location(pressed).startsWith("http://127.0.0.1:" + nobodyListens
                    + "/nede/authorize?"), ProviderSignIn.location(pressed));
        }
    }

    @Test
    void another_provider_still_signs_people_in() {
        ProviderSignIn browser = new ProviderSignIn(new PageClient(server.getURI()));
        HttpResponse<String> back = browser.signIn("aarhus", "bo-sub", "{\"email\":\"bo@example.dk\"}");
        assertEquals("/", ProviderSignIn.location(back));
        assertEquals(200, browser.spor().get("/").statusCode());
    }

    @Test
    void the_administrator_still_signs_in_with_a_password_on_the_page_and_in_the_api() {
        assertEquals(303, new PageClient(server.getURI()).signIn("admin", "administrator-test-password").statusCode());
        assertTrue(String.valueOf(Api.administrator(http.toBlocking()).get("/api/me").get("roles")).contains("HR"));
    }
}
