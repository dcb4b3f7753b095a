package dk.spor.security;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private final Map<String, String> people = new java.util.HashMap<>();
    private final Map<String, String> units = new java.util.HashMap<>();

    @BeforeAll
    void organisation_with_accounts() {
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        for (Object u : hr.list("/api/units")) {
            Map<?, ?> unit = (Map<?, ?>) u;
            units.put((String) unit.get("key"), (String) unit.get("id"));
        }
        people.putAll(FixtureOrganisation.givePasswords(hr, units.get("K")));
    }

    private Api as(String email) {
        return Api.signIn(http.toBlocking(), email, PASSWORD);
    }

    private static HttpStatus statusOf(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run).getStatus();
    }

    @Test
    void health_answers_without_sign_in() {
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
        assertEquals("UP", health.get("status"));
    }

    @Test
    void answers_about_people_are_not_cached_and_cannot_be_framed_or_sniffed() {
        // when
        io.micronaut.http.HttpResponse<Map> me = as("bo@example.dk").exchange(HttpRequest.GET("/api/me"), Map.class);
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/units")));

        // then
        for (io.micronaut.http.HttpHeaders headers : List.of(me.getHeaders(), refused.getResponse().getHeaders())) {
            assertEquals("no-store", headers.get("Cache-Control"));
            assertEquals("nosniff", headers.get("X-Content-Type-Options"));
            assertEquals("DENY", headers.get("X-Frame-Options"));
            assertEquals("no-referrer", headers.get("Referrer-Policy"));
        }
    }

    @Test
    void the_api_refuses_callers_who_have_not_signed_in() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/units")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void a_wrong_password_does_not_sign_in() {
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(() -> Api.signIn(http.toBlocking(), "bo@example.dk", "wrong-password")));
    }

    @Test
    void an_employee_reads_their_own_record_but_not_another_persons() {
        Api bo = as("bo@example.dk");
        assertEquals("Bo Medarbejder", bo.get("/api/people/" + people.get("bo@example.dk")).get("name"));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> bo.get("/api/people/" + people.get("cecilie@example.dk"))));
    }

    @Test
    void a_manager_reads_their_own_unit_but_not_units_they_do_not_manage() {
        Api anne = as("anne@example.dk");
        assertEquals(3, anne.list("/api/units/" + units.get("T1") + "/members").size());
        assertEquals("Cecilie Medarbejder", anne.get("/api/people/" + people.get("cecilie@example.dk")).get("name"));
        assertEquals(HttpStatus.FORBIDDEN, statusOf(() -> anne.list("/api/units/" + units.get("T2") + "/members")));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> anne.get("/api/people/" + people.get("erik@example.dk"))));
    }

    @Test
    void an_employee_cannot_import_or_create_programmes() {
        Api bo = as("bo@example.dk");
        assertEquals(HttpStatus.FORBIDDEN, statusOf(() -> bo.csv("/api/organisation/units/import", Fixtures.UNITS)));
        assertEquals(HttpStatus.FORBIDDEN, statusOf(() -> bo.post("/api/programmes",
                Map.of("name", "X", "unitIds", List.of(units.get("T1"))))));
    }

    @Test
    void roles_come_from_the_organisation() {
        Map<String, Object> me = as("erik@example.dk").get("/api/me");
        assertEquals(List.of("EMPLOYEE", "REPRESENTATIVE"), me.get("roles"));
        assertEquals(List.of("EMPLOYEE", "MANAGER"), as("anne@example.dk").get("/api/me").get("roles"));
    }

    @Test
    void unknown_fields_and_invalid_values_are_refused_as_problems_naming_the_field() {
        Api hr = as("hanne@example.dk");
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class, () -> hr.post(
                "/api/programmes", Map.of("name", "X", "unitIds", List.of(units.get("T1")), "colour", "red")));
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
        assertEquals("application/problem+json", unknown.getResponse().getContentType().orElseThrow().toString());
        HttpClientResponseException invalid = assertThrows(HttpClientResponseException.class, () -> hr.post(
                "/api/programmes", Map.of("name", "", "unitIds", List.of(units.get("T1")))));
        assertEquals(HttpStatus.BAD_REQUEST, invalid.getStatus());
        assertTrue(Api.problem(invalid).toString().contains("name"), Api.problem(invalid).toString());
    }
}
