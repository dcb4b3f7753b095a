package dk.spor.booking;

import dk.spor.plugins.PluginJars;
import dk.spor.support.Api;
import dk.spor.support.Fixtures;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner does what a sector's policy says about support persons and participation. The organisation: Team Ung
 * (T1) has a support person (Bo), Team Voksen (T2) has none, and there is none above them.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportPersonAndParticipationHttpTest implements RealDatabase {

    private static final String INDIVIDUAL = "test-individual";
    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Inject
    @Client("/")
    HttpClient http;

    private Api hr;
    private String teamUng;
    private String teamVoksen;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        try {
            Path folder = Files.createTempDirectory("spor-plugins");
            for (Path built : PluginJars.builtPlugins()) {
                Files.copy(built, folder.resolve(built.getFileName()));
            }
            PluginJars.jar(folder, "individual.jar", PluginJars.descriptor(INDIVIDUAL, ">=1.1.0 & <2.0.0"),
                    PluginJars.compiledExtensions("IndividualSector", individualSector(),
                            List.of("IndividualSector", "IndividualSector$Policy")));
            properties.put("spor.plugins-dir", folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A sector whose policy gives each participant a block of their own, and says nothing else it need not. */
    private static String individualSector() {
        return PluginJars.sector("IndividualSector", "return \"" + INDIVIDUAL + "\";").replaceFirst("}\\s*$", """
                    @org.pf4j.Extension
                    public static class Policy implements ActionLearningPolicy {
                        public String sectorId() { return "%s"; }
                        public List<DailyWindow> allowedWindows() { return List.of(DEFAULT_WINDOW); }
                        public Participation participation() { return Participation.INDIVIDUAL; }
                        public Text reason() { return Text.of("Hver for sig.", "Each on their own."); }
                    }
                }
                """.formatted(INDIVIDUAL));
    }

    @BeforeAll
    void organisation() {
        hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        hr.csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        teamUng = Lookups.unit(hr, "T1");
        teamVoksen = Lookups.unit(hr, "T2");
    }

    /** A planned programme for the job centre from the sector, with two modules a week apart: one gap. */
    private String programme(String sector) {
        String id = (String) hr.post("/api/programmes/from-sector", Map.of("sectorId", sector, "name", "Forløb " + sector,
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        List<?> modules = (List<?>) hr.get("/api/programmes/" + id).getOrDefault("modules", List.of());
        for (int i = 0; i < 2; i++) {
            Map<String, Object> session = Map.of("start", MONDAY.plusWeeks(i) + "T13:00:00",
                    "end", MONDAY.plusWeeks(i) + "T15:30:00");
            if (i < modules.size()) {
                hr.put("/api/programmes/" + id + "/modules/" + ((Map<?, ?>) modules.get(i)).get("id") + "/sessions",
                        Map.of("sessions", List.of(session)));
            } else {
                hr.post("/api/programmes/" + id + "/modules", Map.of("title", "Modul " + (i + 1), "kind", "PROGRESSIVE",
                        "delivery", "IN_PERSON", "sessions", List.of(session)));
            }
        }
        int week = 2;
        for (Object extra : modules.subList(Math.min(2, modules.size()), modules.size())) {
            // the sector's further modules are dated after the gap under test, a week apart, so each team's own
            // sessions come in order and every gap has time
            hr.put("/api/programmes/" + id + "/modules/" + ((Map<?, ?>) extra).get("id") + "/sessions",
                    Map.of("sessions", List.of(Map.of("start", MONDAY.plusWeeks(week) + "T13:00:00",
                            "end", MONDAY.plusWeeks(week) + "T15:30:00"))));
            week++;
        }
        hr.post("/api/programmes/" + id + "/state", Map.of("to", "PLANNED"));
        return id;
    }

    private List<Map<String, Object>> bookingsOf(String programme, String unit) {
        return hr.list("/api/programmes/" + programme + "/bookings").stream()
                .filter(b -> b.get("unitId").equals(unit) && b.get("afterModule").equals(1)).toList();
    }

    @Test
    void a_team_without_a_support_person_is_not_booked_when_its_sector_requires_one_and_the_report_names_it() {
        // given: finance requires a support person
        String id = programme("sector-finance");

        // when
        Map<String, Object> report = hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of());

        // then: Team Ung is booked with Bo; Team Voksen is not, and the report says so and why
        assertEquals(3, bookingsOf(id, teamUng).get(0).get("attendees"), report.toString());
        assertEquals(List.of(), bookingsOf(id, teamVoksen), "no block without the required support person");
        assertEquals(List.of(teamVoksen), report.get("teamsWithoutSupportPerson"));
        List<?> notBooked = (List<?>) report.get("notBooked");
        assertTrue(notBooked.stream().map(Object::toString).anyMatch(n -> n.contains(teamVoksen)
                && n.contains("support person")), notBooked.toString());
    }

    @Test
    void a_communication_team_may_be_booked_without_a_support_person() {
        // given: communication does not require a support person
        String id = programme("sector-communication");

        // when
        Map<String, Object> report = hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of());

        // then: both teams are booked as they are, and nothing is reported
        assertEquals(3, bookingsOf(id, teamUng).get(0).get("attendees"), report.toString());
        assertEquals(2, bookingsOf(id, teamVoksen).get(0).get("attendees"), report.toString());
        // (empty lists are left out of the JSON)
        assertEquals(List.of(), report.getOrDefault("teamsWithoutSupportPerson", List.of()));
        assertEquals(List.of(), report.getOrDefault("notBooked", List.of()));
    }

    @Test
    void individual_participation_gives_each_participant_a_block_of_their_own_with_the_support_person() {
        // given: a sector whose participants take part individually, with the default support person required
        String id = programme(INDIVIDUAL);

        // when
        Map<String, Object> report = hr.post("/api/programmes/" + id + "/action-learning/plan", Map.of());

        // then: Anne and Cecilie each have a block with Bo; Team Voksen has no support person
        List<Map<String, Object>> ung = bookingsOf(id, teamUng);
        assertEquals(List.of(2, 2), ung.stream().map(b -> b.get("attendees")).toList(), report.toString());
        assertEquals(2, ung.stream().map(b -> b.get("start")).distinct().count(), "Bo supports one block at a time");
        assertEquals(List.of(teamVoksen), report.get("teamsWithoutSupportPerson"));
    }
}
