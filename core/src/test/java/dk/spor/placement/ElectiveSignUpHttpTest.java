package dk.spor.placement;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elective modules as participants and HR use them: a session is chosen within its capacity, a full one has a
 * waiting list in order of sign-up, a freed place goes to the first on the list who is told, and HR sees who has not
 * chosen and places them.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectiveSignUpHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void a_full_session_has_a_waiting_list_in_order_of_sign_up_and_a_freed_place_goes_to_the_first_who_is_told() {
        // given: the department's five people, a progressive module and an elective whose first session has 2 places
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String id = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcentret",
                "unitIds", List.of(Lookups.unit(hr, "JC")), "minimumGapDays", 1)).get("id");
        module(hr, id, "Grundmodul", "PROGRESSIVE", List.of(session(monday, 30)));
        String elective = module(hr, id, "Valgfrit: billeder og tale", "ELECTIVE",
                List.of(session(monday.plusWeeks(2), 2), session(monday.plusWeeks(2).plusDays(1), 10)));
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));
        List<String> sessions = sessionIds(organisation.as("bo@example.dk"), id, elective);
        String small = sessions.get(0);
        String large = sessions.get(1);

        // when: four people choose the small session, one after the other
        Map<String, Object> bo = choose(organisation.as("bo@example.dk"), id, elective, small);
        Map<String, Object> cecilie = choose(organisation.as("cecilie@example.dk"), id, elective, small);
        Map<String, Object> erik = choose(organisation.as("erik@example.dk"), id, elective, small);
        Map<String, Object> dorte = choose(organisation.as("dorte@example.dk"), id, elective, small);

        // then: two places, then the waiting list in the order they signed up; never over capacity
        assertEquals("PLACED", bo.get("outcome"), bo.toString());
        assertEquals("PLACED", cecilie.get("outcome"), cecilie.toString());
        assertEquals("WAITING", erik.get("outcome"), erik.toString());
        assertEquals(1, erik.get("waitingPosition"), erik.toString());
        assertEquals("WAITING", dorte.get("outcome"), dorte.toString());
        assertEquals(2, dorte.get("waitingPosition"), dorte.toString());
        Map<String, Object> line = sessionLine(hr, id, elective, small);
        assertEquals(2, line.get("taken"), line.toString());
        assertEquals(2, line.get("waiting"), line.toString());
        Map<String, Object> eriksModule = myModule(organisation.as("erik@example.dk"), id, elective);
        assertEquals(small, eriksModule.get("waitingFor"), eriksModule.toString());
        assertEquals(1, eriksModule.get("waitingPosition"), eriksModule.toString());
        assertNull(eriksModule.get("session"), eriksModule.toString());

        // when: Bo gives his place up
        organisation.as("bo@example.dk").exchange(HttpRequest.DELETE("/api/me/programmes/" + id + "/modules/"
                + elective + "/choice"), Void.class);

        // then: Erik, first on the list, has the place and is told; Dorte is now first
        Map<String, Object> eriksNow = myModule(organisation.as("erik@example.dk"), id, elective);
        assertEquals(small, ((Map<?, ?>) eriksNow.get("session")).get("id"), eriksNow.toString());
        assertNull(eriksNow.get("waitingFor"), eriksNow.toString());
        assertTrue(organisation.as("erik@example.dk").list("/api/me/notifications").stream()
                        .anyMatch(n -> "GotAPlace".equals(n.get("kind"))
                                && String.valueOf(n.get("textEn")).contains("waiting list")),
                "Erik is told he got a place");
        assertEquals(1, myModule(organisation.as("dorte@example.dk"), id, elective).get("waitingPosition"));
        assertEquals(2, sessionLine(hr, id, elective, small).get("taken"));

        // when: Cecilie moves to the large session, which frees her place in the small one
        Map<String, Object> moved = choose(organisation.as("cecilie@example.dk"), id, elective, large);

        // then: Dorte gets it, and nobody is waiting any more
        assertEquals("PLACED", moved.get("outcome"), moved.toString());
        Map<String, Object> dortesNow = myModule(organisation.as("dorte@example.dk"), id, elective);
        assertEquals(small, ((Map<?, ?>) dortesNow.get("session")).get("id"), dortesNow.toString());
        Map<String, Object> smallNow = sessionLine(hr, id, elective, small);
        assertEquals(2, smallNow.get("taken"), smallNow.toString());
        assertEquals(0, smallNow.get("waiting"), smallNow.toString());
    }

    @Test
    void hr_sees_who_has_not_chosen_and_places_them_and_a_progressive_module_is_not_chosen() {
        // given: an elective with room for everyone, and only Bo has chosen
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String id = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")), "minimumGapDays", 1)).get("id");
        String progressive = module(hr, id, "Grundmodul", "PROGRESSIVE", List.of(session(monday, 30)));
        String elective = module(hr, id, "Valgfrit: tekst", "ELECTIVE",
                List.of(session(monday.plusWeeks(2), 10)));
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));
        String only = sessionIds(organisation.as("bo@example.dk"), id, elective).get(0);
        choose(organisation.as("bo@example.dk"), id, elective, only);

        // when
        Map<String, Object> before = modulePlacement(hr, id, elective);

        // then: the two others of the team have not chosen
        List<?> notChosen = (List<?>) before.get("notChosen");
        assertEquals(2, notChosen.size(), before.toString());

        // when: HR places those who have not chosen
        hr.post("/api/programmes/" + id + "/modules/" + elective + "/place-unchosen", Map.of());

        // then: everyone has a session, with their team
        Map<String, Object> after = modulePlacement(hr, id, elective);
        // (empty lists are left out of the JSON)
        assertEquals(List.of(), after.getOrDefault("notChosen", List.of()), after.toString());
        assertEquals(3, sessionLine(hr, id, elective, only).get("taken"));

        // and: choosing in a progressive module is refused with the reason
        String progressiveSession = sessionIds(organisation.as("bo@example.dk"), id, progressive).get(0);
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> choose(organisation.as("bo@example.dk"), id, progressive, progressiveSession));
        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertTrue(String.valueOf(Api.problem(refused).get("detail")).contains("progressive"),
                Api.problem(refused).toString());
    }

    private static Map<String, Object> choose(Api person, String programme, String module, String session) {
        return person.put("/api/me/programmes/" + programme + "/modules/" + module + "/choice",
                Map.of("sessionId", session));
    }

    private static Map<String, Object> session(LocalDate day, int capacity) {
        return Map.of("start", day + "T09:00:00", "end", day + "T12:00:00", "location", "Rådhuset",
                "capacity", capacity);
    }

    private static String module(Api hr, String programme, String title, String kind, List<Map<String, Object>> sessions) {
        Map<String, Object> view = hr.post("/api/programmes/" + programme + "/modules", Map.of("title", title,
                "kind", kind, "delivery", "IN_PERSON", "sessions", sessions));
        List<?> modules = (List<?>) view.get("modules");
        return (String) ((Map<?, ?>) modules.get(modules.size() - 1)).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> myModule(Api person, String programme, String module) {
        Map<String, Object> mine = person.get("/api/me/programmes/" + programme + "/sessions");
        return ((List<Map<String, Object>>) mine.get("modules")).stream()
                .filter(m -> module.equals(m.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> sessionIds(Api person, String programme, String module) {
        Map<String, Object> mine = myModule(person, programme, module);
        List<Map<String, Object>> options = (List<Map<String, Object>>) mine.getOrDefault("options", List.of());
        if (options.isEmpty() && mine.get("session") != null) {
            return List.of((String) ((Map<String, Object>) mine.get("session")).get("id"));
        }
        return options.stream().map(o -> (String) o.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> modulePlacement(Api hr, String programme, String module) {
        Map<String, Object> placement = hr.get("/api/programmes/" + programme + "/placement");
        return ((List<Map<String, Object>>) placement.get("modules")).stream()
                .filter(m -> module.equals(m.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sessionLine(Api hr, String programme, String module, String session) {
        return ((List<Map<String, Object>>) modulePlacement(hr, programme, module).get("sessions")).stream()
                .filter(s -> session.equals(s.get("id"))).findFirst().orElseThrow();
    }
}
