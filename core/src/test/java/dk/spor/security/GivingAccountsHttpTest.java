package dk.spor.security;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR gives people accounts; the username is the e-mail, and two accounts never share one. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GivingAccountsHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void an_e_mail_another_account_still_signs_in_with_is_refused_until_that_account_has_moved_on() {
        // given: Bo gets a new address, and his old one is given to Cecilie
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES
                .replace("1002,Bo Medarbejder,bo@example.dk", "1002,Bo Medarbejder,bo.ny@example.dk")
                .replace("1003,Cecilie Medarbejder,cecilie@example.dk", "1003,Cecilie Medarbejder,bo@example.dk"));
        String cecilie = Lookups.person(hr, "bo@example.dk");
        String bo = Lookups.person(hr, "bo.ny@example.dk");

        // when
        HttpClientResponseException taken = assertThrows(HttpClientResponseException.class,
                () -> hr.put("/api/people/" + cecilie + "/password", Map.of("password", "cecilies-new-password")));

        // then
        assertEquals(HttpStatus.CONFLICT, taken.getStatus());
        assertTrue(Api.problem(taken).get("detail").toString().contains("already uses"), Api.problem(taken).toString());
        assertNotNull(organisation.as("bo@example.dk"), "Bo still signs in with his old username");

        // and when: Bo's account follows his new address, Cecilie can have hers
        hr.put("/api/people/" + bo + "/password", Map.of("password", "bos-new-password-1"));
        hr.put("/api/people/" + cecilie + "/password", Map.of("password", "cecilies-new-password"));

        // then
        assertNotNull(Api.signIn(http.toBlocking(), "bo.ny@example.dk", "bos-new-password-1"));
        assertNotNull(Api.signIn(http.toBlocking(), "bo@example.dk", "cecilies-new-password"));
    }
}
