package dk.spor.security;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Someone guesses passwords: after ten failures the username is locked for a while, for everyone alike. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuessingPasswordsHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;

    @BeforeAll
    void organisation() {
        organisation = FixtureOrganisation.imported(http.toBlocking());
    }

    private HttpClientResponseException wrong(String username) {
        return assertThrows(HttpClientResponseException.class,
                () -> Api.signIn(http.toBlocking(), username, "not-the-password"));
    }

    @Test
    void ten_wrong_passwords_lock_the_username_even_for_the_right_one_and_say_until_when() {
        // given
        for (int i = 0; i < 10; i++) {
            HttpClientResponseException e = wrong("cecilie@example.dk");
            assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
            assertEquals("The username or password is wrong, or the account is no longer active.",
                    Api.problem(e).get("detail"));
        }

        // when
        HttpClientResponseException locked = assertThrows(HttpClientResponseException.class,
                () -> organisation.as("cecilie@example.dk"));

        // then
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, locked.getStatus());
        assertTrue(Api.problem(locked).get("detail").toString().contains("Too many failed sign-ins"),
                Api.problem(locked).toString());
        assertNotNull(organisation.as("bo@example.dk"), "another username is not locked");
    }

    @Test
    void a_username_no_account_has_is_locked_the_same_way_so_nobody_learns_which_exist() {
        // given
        for (int i = 0; i < 10; i++) {
            wrong("nobody@example.dk");
        }

        // when
        HttpClientResponseException e = wrong("nobody@example.dk");

        // then
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, e.getStatus());
        assertTrue(Api.problem(e).get("detail").toString().contains("Too many failed sign-ins"), Api.problem(e).toString());
    }

    @Test
    void a_successful_sign_in_starts_the_count_afresh() {
        // given
        for (int i = 0; i < 9; i++) {
            wrong("dorte@example.dk");
        }
        organisation.as("dorte@example.dk");

        // when
        for (int i = 0; i < 9; i++) {
            wrong("dorte@example.dk");
        }

        // then
        assertNotNull(organisation.as("dorte@example.dk"));
    }
}
