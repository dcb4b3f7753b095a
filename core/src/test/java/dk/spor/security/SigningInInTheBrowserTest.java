package dk.spor.security;

import dk.spor.support.Api;
import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Cookie;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person signs in and out in a real browser, in Danish, and the pages pass the WCAG 2.1 AA checks on the way. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningInInTheBrowserTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    TokenGenerator tokens;

    private Browser browser;

    @BeforeAll
    void start() {
        FixtureOrganisation.imported(http.toBlocking());
        browser = Browser.start(server.getURI());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.open("/log-ind");
        browser.driver().manage().deleteAllCookies();
        // a fresh page: the one before carried a CSRF token for the cookies just deleted
        browser.open("/log-ind");
    }

    @Test
    void a_person_asked_to_sign_in_does_so_in_danish_and_lands_on_the_page_they_wanted() {
        // given
        browser.open("/");
        assertTrue(browser.path().startsWith("/log-ind?grund=kraevet"), browser.path());
        assertEquals("da", browser.find("html").getAttribute("lang"));
        assertTrue(browser.mainText().contains("Log ind for at se siden."), browser.mainText());
        browser.assertNoAccessibilityViolations().screenshot("log-ind");

        // when
        browser.signIn("bo@example.dk", FixtureOrganisation.PASSWORD);

        // then
        assertEquals("/", browser.path());
        assertEquals("Goddag, Bo Medarbejder", browser.text("h1"));
        assertTrue(browser.text("header").contains("Medarbejder, Støtteperson"), browser.text("header"));
        assertEquals(List.of("Forside", "Mine hold"), browser.findAll(".navigation-menu .nav-link").stream()
                .map(e -> e.getText().strip()).toList(), "only pages that exist are in the navigation");
        browser.assertNoAccessibilityViolations().screenshot("forside");
    }

    @Test
    void a_wrong_password_is_shown_by_the_field_and_in_the_summary_and_the_e_mail_stays() {
        // when
        browser.signIn("cecilie@example.dk", "not-the-password");

        // then
        assertTrue(browser.path().startsWith("/log-ind"), browser.path());
        String wrong = "E-mail eller adgangskode er forkert. Prøv igen, eller bed HR om en ny adgangskode.";
        assertEquals("Der er problemer", browser.text("[data-module=error-summary] h2"));
        assertEquals(wrong, browser.text("[data-module=error-summary] a[href='#password']"));
        assertEquals("Fejl: " + wrong, browser.text("#password-error").replaceAll("\\s+", " "));
        assertEquals("true", browser.find("#password").getAttribute("aria-invalid"));
        assertEquals("cecilie@example.dk", browser.find("#username").getAttribute("value"));
        assertEquals("", browser.find("#password").getAttribute("value"), "a password is never shown again");
        browser.assertNoAccessibilityViolations().screenshot("log-ind-forkert-adgangskode");

        // when: the link in the summary is followed
        browser.find("[data-module=error-summary] a[href='#password']").click();

        // then
        assertEquals("password", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void empty_fields_are_named_one_by_one() {
        browser.open("/log-ind").click("Log ind");
        assertEquals(List.of("Skriv din e-mail", "Skriv din adgangskode"),
                browser.findAll("[data-module=error-summary] li").stream().map(e -> e.getText().strip()).toList());
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void ten_wrong_passwords_lock_the_username_and_the_page_says_until_when() {
        // given: someone guessed through the API
        for (int i = 0; i < 10; i++) {
            assertThrows(HttpClientResponseException.class,
                    () -> Api.signIn(http.toBlocking(), "dorte@example.dk", "guess"));
        }

        // when: Dorte herself signs in with the right password
        browser.signIn("dorte@example.dk", FixtureOrganisation.PASSWORD);

        // then
        String alert = browser.text("main .alert-error");
        assertTrue(alert.contains("Der er prøvet for mange gange med en forkert adgangskode til denne e-mail."), alert);
        assertTrue(alert.matches("(?s).*Du kan prøve igen \\p{L}+dag \\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}\\..*"),
                alert);
        assertTrue(browser.path().startsWith("/log-ind"));
        browser.assertNoAccessibilityViolations().screenshot("log-ind-laast");
    }

    @Test
    void signing_out_ends_the_session_and_the_sign_in_page_says_so() {
        // given
        browser.signIn("bo@example.dk", FixtureOrganisation.PASSWORD);
        assertEquals("/", browser.path());

        // when
        browser.click("Log ud");

        // then
        assertEquals("/log-ind?grund=logget-ud", browser.path());
        assertTrue(browser.mainText().contains("Du er logget ud."), browser.mainText());
        assertNull(browser.cookie("spor-session"));
        browser.assertNoAccessibilityViolations().screenshot("logget-ud");
        browser.open("/");
        assertTrue(browser.path().startsWith("/log-ind?grund=kraevet"), browser.path());
    }

    @Test
    void a_session_that_ran_out_sends_the_person_to_sign_in_with_a_reason_and_back_to_the_page_afterwards() {
        // given: Bo's session cookie holds a token that has expired
        String account = (String) Api.signIn(http.toBlocking(), "bo@example.dk", FixtureOrganisation.PASSWORD)
                .get("/api/me").get("accountId");
        long now = Instant.now().getEpochSecond();
        String expired = tokens.generateToken(Map.of("sub", account, "iat", now - 9 * 3600, "exp", now - 3600,
                "jti", UUID.randomUUID().toString(), "roles", List.of("EMPLOYEE"))).orElseThrow();
        browser.addCookie(new Cookie.Builder("spor-session", expired).path("/").isHttpOnly(true).build());

        // when
        browser.open("/?fane=forloeb");

        // then
        assertEquals("/log-ind?grund=udloebet&next=%2F%3Ffane%3Dforloeb", browser.path());
        assertTrue(browser.mainText().contains("Du er blevet logget ud, fordi du har været logget ind for længe."),
                browser.mainText());
        browser.screenshot("log-ind-udloebet");

        // when
        browser.signIn("bo@example.dk", FixtureOrganisation.PASSWORD);

        // then
        assertEquals("/?fane=forloeb", browser.path());
        assertEquals("Goddag, Bo Medarbejder", browser.text("h1"));
    }

    @Test
    void the_session_cookie_cannot_be_read_by_scripts_and_is_not_sent_with_cross_site_forms() {
        // when
        browser.signIn("bo@example.dk", FixtureOrganisation.PASSWORD);

        // then
        Cookie session = browser.cookie("spor-session");
        assertNotNull(session);
        assertTrue(session.isHttpOnly());
        assertTrue(session.isSecure());
        assertEquals("Lax", session.getSameSite());
        Object visible = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                ? js.executeScript("return document.cookie") : null;
        assertTrue(visible == null || !visible.toString().contains("spor-session"), String.valueOf(visible));
    }
}
