package dk.spor.security;

import dk.spor.support.Browser;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in, a wrong password and signing out work with JavaScript switched off: they are plain forms. (axe needs
 * JavaScript in the page, so the same pages are checked for accessibility in {@link SigningInInTheBrowserTest}.)
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningInWithoutJavaScriptTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    private Browser browser;

    @BeforeAll
    void start() {
        FixtureOrganisation.imported(http.toBlocking());
        browser = Browser.start(server.getURI(), false);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_person_signs_in_and_out_without_javascript() {
        // given: a wrong password first
        browser.open("/");
        browser.signIn("erik@example.dk", "not-the-password");
        assertTrue(browser.text("#password-error").contains("E-mail eller adgangskode er forkert"));
        assertEquals("erik@example.dk", browser.find("#username").getAttribute("value"));
        browser.screenshot("log-ind-uden-javascript");

        // when
        browser.signIn("erik@example.dk", FixtureOrganisation.PASSWORD);

        // then
        assertEquals("/", browser.path());
        assertEquals("Goddag, Erik Medarbejder", browser.text("h1"));
        assertTrue(browser.text("header").contains("Medarbejder, Tillidsvalgt"), browser.text("header"));
        browser.screenshot("forside-uden-javascript");

        // when
        browser.click("Log ud");

        // then
        assertEquals("/log-ind?grund=logget-ud", browser.path());
        assertNull(browser.cookie("spor-session"));
    }
}
