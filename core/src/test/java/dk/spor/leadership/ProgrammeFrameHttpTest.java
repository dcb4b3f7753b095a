package dk.spor.leadership;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeFrameHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private FixtureOrganisation organisation;

    @BeforeAll
    void organisation() {
        organisation = FixtureOrganisation.imported(http.toBlocking());
    }

    private String programmeForTeamOne() {
        Api hr = Api.administrator(http.toBlocking());
        return (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")))).get("id");
    }

    private static Map<String, Object> frame(String purpose) {
        return Map.of("purpose", purpose, "ambition", "Alle prøver mindst to brugsscenarier",
                "gains", List.of("TIME", "QUALITY"), "whoGains", "Borgerne og teamet",
                "doLessOf", "Interne referater", "freedTimeUse", "Mere tid til borgermøder",
                "influenceLevel", "CONSULTATION", "involved", "MED");
    }

    @Test
    void the_frame_is_versioned_readable_by_a_participant_and_a_new_version_notifies_participants() {
        // given
        String programme = programmeForTeamOne();
        Api anne = organisation.as("anne@example.dk");
        Api bo = organisation.as("bo@example.dk");
        anne.put("/api/programmes/" + programme + "/frame", frame("Vi lærer AI at kende"));
        int before = bo.list("/api/me/notifications").size();

        // when
        Map<String, Object> second = anne.put("/api/programmes/" + programme + "/frame", frame("Vi bruger AI i sagsbehandlingen"));

        // then
        assertEquals(2, second.get("version"));
        Map<String, Object> current = bo.get("/api/programmes/" + programme + "/frame");
        assertEquals("Vi bruger AI i sagsbehandlingen", current.get("purpose"));
        assertEquals(List.of("TIME", "QUALITY"), current.get("gains"));
        List<Map<String, Object>> versions = bo.list("/api/programmes/" + programme + "/frame/versions");
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.get("version")).toList());
        assertEquals("Vi lærer AI at kende", versions.get(1).get("purpose"));
        List<Map<String, Object>> notes = bo.list("/api/me/notifications");
        assertEquals(before + 1, notes.size());
        assertEquals("FrameChanged", notes.get(0).get("kind"));
        assertEquals(programme, notes.get(0).get("programmeId"));
    }

    @Test
    void an_employee_may_read_the_frame_but_not_write_it_and_an_outsider_sees_nothing() {
        // given
        String programme = programmeForTeamOne();
        Api.administrator(http.toBlocking()).put("/api/programmes/" + programme + "/frame", frame("Rammen"));

        // when
        HttpClientResponseException write = assertThrows(HttpClientResponseException.class, () ->
                organisation.as("cecilie@example.dk").put("/api/programmes/" + programme + "/frame", frame("Min egen")));
        HttpClientResponseException read = assertThrows(HttpClientResponseException.class, () ->
                organisation.as("dorte@example.dk").get("/api/programmes/" + programme + "/frame"));

        // then
        assertEquals(HttpStatus.FORBIDDEN, write.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, read.getStatus());
        assertEquals(HttpStatus.OK, organisation.as("erik@example.dk").exchange(
                HttpRequest.GET("/api/programmes/" + programme + "/frame"), Map.class).getStatus());
    }
}
