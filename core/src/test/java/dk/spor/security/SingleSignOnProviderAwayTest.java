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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An identity provider that cannot be reached when Spor starts (nothing listens at its issuer): Spor starts all the
 * same, the break-glass administrator signs in with a password, another provider still signs people in, and the away
 * provider's button leads to a Danish page saying sign-in through it does not work now — never an error page. (Micronaut
 * reads a provider's discovery document once, at start: a provider that was away then is used after a restart.)
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnProviderAwayTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private IdentityProvider provider;

    @Override
    public Map<String, String> getProperties() {
        provider = IdentityProvider.start();
        int nobodyListens = IdentityProvider.freePort();
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
