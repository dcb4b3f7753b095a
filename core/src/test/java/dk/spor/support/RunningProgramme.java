package dk.spor.support;

import io.micronaut.http.client.BlockingHttpClient;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link Fixtures} organisation in a running programme, as the employee pages meet it: "AI i Jobcentret" for the
 * job centre (both teams) from the vulnerable-citizens sector, its first module three weeks ago (Cecilie was there),
 * the rest ahead, action learning planned (Team Ung with Bo as support person; Team Voksen has none, so it gets no
 * block), a survey round open, and a goal Anne, Team Ung's manager, proposed for Cecilie.
 *
 * @param programme   the programme's id
 * @param modules     its modules' ids, in order
 * @param firstSession the first module's session, three weeks ago
 * @param proposedGoal the goal Anne proposed for Cecilie
 */
public record RunningProgramme(FixtureOrganisation organisation, Api hr, String programme, List<String> modules,
                               String firstSession, String proposedGoal) {

    public static final String NAME = "AI i Jobcentret";
    public static final String PROPOSED_GOAL = "Bruge AI til at skrive første udkast til referater fra teammøder";
    public static final String FIRST_MODULE_PLACE = "Rådhuset, lokale 2";

    @SuppressWarnings("unchecked")
    public static RunningProgramme started(BlockingHttpClient client) {
        FixtureOrganisation organisation = FixtureOrganisation.imported(client);
        Api hr = Api.administrator(client);
        String programme = (String) hr.post("/api/programmes/from-sector", Map.of(
                "sectorId", "sector-vulnerable-citizens", "name", NAME,
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        List<Map<String, Object>> modules = (List<Map<String, Object>>) hr.get("/api/programmes/" + programme)
                .get("modules");
        LocalDate tuesday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            // module 1 three weeks ago, then one every third week from two weeks ahead
            LocalDate day = i == 0 ? tuesday.minusWeeks(3) : tuesday.plusWeeks(2 + 3L * (i - 1));
            String id = (String) modules.get(i).get("id");
            ids.add(id);
            hr.put("/api/programmes/" + programme + "/modules/" + id + "/sessions", Map.of("sessions", List.of(
                    Map.of("start", day + "T09:00:00", "end", day + "T12:00:00",
                            "location", i == 1 ? "https://moede.example.dk/ai-modul-2" : FIRST_MODULE_PLACE,
                            "capacity", 30))));
        }
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "RUNNING"));
        List<Map<String, Object>> first = (List<Map<String, Object>>) ((List<Map<String, Object>>) hr
                .get("/api/programmes/" + programme).get("modules")).get(0).get("sessions");
        String session = (String) first.get(0).get("id");
        hr.put("/api/programmes/" + programme + "/sessions/" + session + "/attendance", Map.of("attendance",
                List.of(Map.of("personId", Lookups.person(hr, "cecilie@example.dk"), "present", true))));
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());
        hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of());
        String goal = (String) organisation.as("anne@example.dk").post("/api/people/"
                + Lookups.person(hr, "cecilie@example.dk") + "/goals", Map.of("programmeId", programme,
                "text", PROPOSED_GOAL, "afterModule", 1)).get("id");
        return new RunningProgramme(organisation, hr, programme, List.copyOf(ids), session, goal);
    }

    /** Answers every statement of the person's open survey (4 = agree, a few "don't know") and submits it. */
    @SuppressWarnings("unchecked")
    public static String answerAndSubmit(Api person, int agreement) {
        Map<String, Object> survey = person.list("/api/me/surveys").get(0);
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> items = (List<Map<String, Object>>) survey.get("items");
        for (int i = 0; i < items.size(); i++) {
            String key = (String) items.get(i).get("key");
            answers.put(key, i % 7 == 6 ? "DONT_KNOW" : key.startsWith("P") ? 5 : agreement);
        }
        String id = (String) survey.get("id");
        person.put("/api/me/surveys/" + id, Map.of("answers", answers));
        person.post("/api/me/surveys/" + id + "/submit", Map.of());
        return id;
    }
}
