package dk.spor.training;

import dk.spor.support.PageClient;
import dk.spor.support.RealDatabase;
import dk.spor.support.RunningProgramme;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person sees in their access log that HR read the attendance recorded for them, as reads of goals are. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceReadsAreLoggedHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Test
    void hrs_reads_of_the_attendance_checklist_are_logged_once_an_hour_for_the_people_recorded() {
        // given: Cecilie's attendance at the first session is recorded; Bo's is not
        RunningProgramme running = RunningProgramme.started(http.toBlocking());
        PageClient hanne = new PageClient(server.getURI());
        assertEquals(303, hanne.signIn("hanne@example.dk", PASSWORD).statusCode());
        String checklist = "/forloeb/" + running.programme() + "/sessioner/" + running.firstSession() + "/fremmoede";

        // when: HR opens the session's checklist twice
        assertEquals(200, hanne.get(checklist).statusCode());
        assertEquals(200, hanne.get(checklist).statusCode());

        // then: one entry in Cecilie's log, naming Hanne, her role and why; nothing in Bo's
        List<Map<String, Object>> log = running.organisation().as("cecilie@example.dk").list("/api/me/access-log")
                .stream().filter(r -> "ATTENDANCE".equals(r.get("subject"))).toList();
        assertEquals(1, log.size(), log.toString());
        assertEquals("Hanne HR", log.get(0).get("readerName"));
        assertEquals("HR", log.get(0).get("readerRole"));
        assertEquals("RECORD_ATTENDANCE", log.get(0).get("purpose"));
        assertTrue(running.organisation().as("bo@example.dk").list("/api/me/access-log").stream()
                .noneMatch(r -> "ATTENDANCE".equals(r.get("subject"))), "Bo has no attendance recorded to read");
    }
}
