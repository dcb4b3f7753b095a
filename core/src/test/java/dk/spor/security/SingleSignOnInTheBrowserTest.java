package dk.spor.security;

import dk.spor.support.Api;
import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.IdentityProvider;
import dk.spor.support.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Municipal staff sign in with the account they already have, in a real browser, through a real OpenID Connect
 * provider's own login form, with passwords switched off for everyone but the administrator; Spor's pages on the way
 * pass the WCAG 2.1 AA checks.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnInTheBrowserTest implements TestPropertyProvider {

    /** Frida is in the organisation until the next import, which marks her as having left. */
    static final String WITH_FRIDA = Fixtures.EMPLOYEES + "1004,Frida Fratrådt,frida@example.dk,T1,,\n";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private IdentityProvider provider;
    private Browser browser;

    @Override
    public Map<String, String> getProperties() {
        provider = IdentityProvider.start();
        Map<String, String> settings = new HashMap<>(TestDatabase.freshDatabase());
        settings.putAll(provider.settings("aarhus", "Aarhus Kommune", Map.of()));
        settings.put("spor.sign-in.passwords", "false");
        settings.put("spor.sign-in.help", "HR-servicecentret på hr@aarhus.dk eller 89 40 20 00");
        return settings;
    }

    @BeforeAll
    void start() {
        FixtureOrganisation.imported(http.toBlocking(), Fixtures.UNITS, WITH_FRIDA);
        Api.administrator(http.toBlocking()).csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        browser = Browser.start(server.getURI());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        provider.close();
    }

    @BeforeEach
    void signedOut() {
        browser.open("/log-ind");
        browser.driver().manage().deleteAllCookies();
        browser.open("/log-ind");
    }

    /** Presses the provider's button on Spor's sign-in page and signs in on the provider's own login form. */
    private void signInAtProvider(String username, String claims) {
        browser.click("Log ind med Aarhus Kommune");
        assertTrue(browser.driver().getCurrentUrl().startsWith(provider.issuer("aarhus")),
                "at the provider: " + browser.driver().getCurrentUrl());
        browser.driver().findElement(By.name("username")).sendKeys(username);
        browser.driver().findElement(By.name("claims")).sendKeys(claims);
        var submit = browser.driver().findElement(By.cssSelector("input[type=submit]"));
        submit.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                d.getCurrentUrl().startsWith(server.getURI().toString()));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !browser.path().startsWith("/oauth/"));
    }

    @Test
    void an_employee_signs_in_through_the_providers_login_form_and_lands_on_the_front_page() {
        // given
        browser.open("/");
        assertTrue(browser.path().startsWith("/log-ind?grund=kraevet"), browser.path());
        assertTrue(browser.mainText().contains("Log ind med den konto, du allerede har i din organisation"),
                browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("log-ind-med-organisationen");

        // when
        signInAtProvider("bo.medarbejder", "{\"email\": \"bo@example.dk\"}");

        // then
        assertEquals("/", browser.path());
        assertEquals("Goddag, Bo Medarbejder", browser.text("h1"));
        assertTrue(browser.text("header").contains("Medarbejder, Støtteperson"), browser.text("header"));
        browser.assertNoAccessibilityViolations().screenshot("forside-efter-log-ind-med-organisationen");

        // and the sign-in is in Bo's history, as the one that linked his account
        browser.open("/mine-data/log-ind-historik");
        String history = browser.mainText();
        assertTrue(history.contains("Med Aarhus Kommune"), history);
        assertTrue(history.contains("Første gang: din Spor-konto blev knyttet til din bruger hos Aarhus Kommune"),
                history);
        assertTrue(history.contains("Browser"), history);
        assertFalse(browser.findAll(".navigation-menu .nav-link").stream()
                .anyMatch(e -> e.getAttribute("href").endsWith("/mine-data/log-ind-historik")),
                "the history is reached from Mine data, not the navigation");
        browser.assertNoAccessibilityViolations().screenshot("log-ind-historik");
    }

    @Test
    void the_page_one_wanted_is_shown_after_signing_in_through_the_provider() {
        browser.open("/mine-data/log-ind-historik");
        signInAtProvider("cecilie.medarbejder", "{\"email\": \"cecilie@example.dk\"}");
        assertEquals("/mine-data/log-ind-historik", browser.path());
        assertEquals("Dine log-ind", browser.text("h1"));
    }

    @Test
    void signing_out_ends_spors_session_and_the_providers() {
        // given
        signInAtProvider("erik.medarbejder", "{\"email\": \"erik@example.dk\"}");
        assertEquals("/", browser.path());
        int before = provider.received("/aarhus/endsession").size();

        // when
        browser.click("Log ud");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().startsWith("/log-ind"));

        // then: the provider was asked to end its session, with the ID token and the way back to Spor
        assertEquals("/log-ind?grund=logget-ud", browser.path());
        List<RecordedRequest> ended = provider.received("/aarhus/endsession");
        assertEquals(before + 1, ended.size());
        var request = ended.get(ended.size() - 1).getRequestUrl();
        assertTrue(request.queryParameter("id_token_hint").split("\\.").length == 3, request.toString());
        assertEquals(server.getURI() + "/log-ud/faerdig", request.queryParameter("post_logout_redirect_uri"));
        assertEquals(IdentityProvider.CLIENT_ID, request.queryParameter("client_id"));
        assertTrue(browser.mainText().contains("Du er logget ud."), browser.mainText());
        assertNull(browser.cookie("spor-session"));
        browser.assertNoAccessibilityViolations();
        browser.open("/");
        assertTrue(browser.path().startsWith("/log-ind?grund=kraevet"), browser.path());
    }

    @Test
    void someone_spor_does_not_know_is_told_so_and_whom_to_ask_and_gets_no_session() {
        // when
        signInAtProvider("ny.medarbejder", "{\"email\": \"ny@example.dk\"}");

        // then
        assertEquals("/log-ind/afvist?grund=ukendt&udbyder=aarhus", browser.path());
        assertEquals("Spor kender dig ikke", browser.text("h1"));
        String text = browser.mainText();
        assertTrue(text.contains("Du er ikke logget ind i Spor."), text);
        assertTrue(text.contains("Du er logget ind hos Aarhus Kommune, men Spor kan ikke finde dig"), text);
        assertTrue(text.contains("Kontakt HR-servicecentret på hr@aarhus.dk eller 89 40 20 00"), text);
        assertNull(browser.cookie("spor-session"));
        browser.assertNoAccessibilityViolations().screenshot("log-ind-afvist-ukendt");
    }

    @Test
    void someone_marked_as_having_left_is_refused() {
        // when
        signInAtProvider("frida", "{\"email\": \"frida@example.dk\"}");

        // then
        assertEquals("/log-ind/afvist?grund=fratraadt&udbyder=aarhus", browser.path());
        assertEquals("Du har ikke længere adgang til Spor", browser.text("h1"));
        assertTrue(browser.mainText().contains("ifølge Spor er du ikke længere ansat"), browser.mainText());
        assertNull(browser.cookie("spor-session"));
        browser.assertNoAccessibilityViolations().screenshot("log-ind-afvist-fratraadt");
    }

    @Test
    void a_manager_in_spors_data_gets_the_managers_roles_whatever_groups_the_provider_claims() {
        // when: Anne manages Team Ung in Spor; her provider says she is in HR and in no managers' group
        signInAtProvider("anne.leder", "{\"email\": \"anne@example.dk\", \"groups\": [\"HR\", \"Alle medarbejdere\"],"
                + " \"roles\": [\"HR\", \"EMPLOYEE\"]}");

        // then
        assertEquals("/", browser.path());
        String header = browser.text("header .additional-info");
        assertTrue(header.contains("Medarbejder, Leder"), header);
        assertFalse(header.contains("HR"), header);
        List<String> nav = browser.findAll(".navigation-menu .nav-link").stream()
                .map(e -> e.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
        assertTrue(nav.contains("/"), nav.toString());
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void with_passwords_switched_off_only_the_administrator_signs_in_with_a_password() {
        // given
        browser.open("/log-ind");
        browser.find("details summary").click();
        browser.assertNoAccessibilityViolations().screenshot("log-ind-administrator");

        // when: Bo has a password from HR, but passwords are off
        browser.signIn("bo@example.dk", FixtureOrganisation.PASSWORD);

        // then
        assertTrue(browser.path().startsWith("/log-ind"), browser.path());
        assertTrue(browser.text("#password-error").contains("Her logger du ind med knappen øverst på siden."),
                browser.text("#password-error"));
        browser.assertNoAccessibilityViolations();

        // when: the administrator
        browser.signIn("admin", "administrator-test-password");

        // then
        assertEquals("/", browser.path());
        assertTrue(browser.text("header").contains("HR"), browser.text("header"));
    }
}
