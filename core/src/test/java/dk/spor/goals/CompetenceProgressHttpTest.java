package dk.spor.goals;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Fixtures;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Competences with a target level per role, goals linked to them, and the manager's progress per competence, in the
 * administration with Team Fire (four people, Ada their support person) and Team Fem (six people).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetenceProgressHttpTest implements RealDatabase {

    private static final List<Map<String, Object>> COMPETENCES = List.of(
            body("key", "prompting", "nameDa", "At skrive gode prompts", "nameEn", "Writing good prompts",
                    "targets", Map.of("EMPLOYEE", "CAN", "MANAGER", "KNOW_OF", "SUPPORT_PERSON", "MASTER")),
            body("key", "fact-checking", "nameDa", "Kildekritik", "nameEn", "Checking sources",
                    "description", "Tjek svar mod kilden før du bruger dem.", "targets", Map.of("EMPLOYEE", "KNOW_OF")),
            body("key", "ethics", "nameDa", "Etik og jura", "nameEn", "Ethics and law"));

    @Inject
    @Client("/")
    HttpClient http;

    @Value("${datasources.default.url}")
    String databaseUrl;
    @Value("${datasources.default.username}")
    String databaseUser;
    @Value("${datasources.default.password:}")
    String databasePassword;

    private FixtureOrganisation organisation;
    private Api hr;

    @BeforeAll
    void an_administration_with_a_team_of_four_and_a_team_of_six() {
        organisation = FixtureOrganisation.imported(http.toBlocking(), Fixtures.SMALL_TEAMS_UNITS,
                Fixtures.SMALL_TEAMS_EMPLOYEES_WITH_A_SUPPORT_PERSON);
        hr = Api.administrator(http.toBlocking());
    }

    /** A programme for the whole administration: both managers, both teams. */
    private String programme(String name) {
        return (String) hr.post("/api/programmes", Map.of("name", name,
                "unitIds", List.of(Lookups.unit(hr, "ADM")))).get("id");
    }

    private String programmeWithCompetences(String name) {
        String programme = programme(name);
        hr.putList(competences(programme), Map.of("competences", COMPETENCES));
        return programme;
    }

    private static String competences(String programme) {
        return "/api/programmes/" + programme + "/competences";
    }

    private static Map<String, Object> ownGoal(Api who, String programme, String competence) {
        return who.post("/api/me/goals", body("programmeId", programme, "text", "Prøve det af i hverdagen",
                "competence", competence));
    }

    private static HttpClientResponseException refused(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run);
    }

    private static List<String> fields(HttpClientResponseException e) {
        return ((List<?>) Api.problem(e).get("errors")).stream().map(x -> (String) ((Map<?, ?>) x).get("field")).toList();
    }

    private int journalled(String programme, String type) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from programme_event where programme_id = ?::uuid and type = ?")) {
            ps.setString(1, programme);
            ps.setString(2, type);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void hr_sets_competences_with_a_target_per_role_and_participants_read_them_in_order() throws SQLException {
        // given
        String programme = programme("Kompetencer læses");

        // when
        List<Map<String, Object>> saved = hr.putList(competences(programme), Map.of("competences", COMPETENCES));
        List<Map<String, Object>> read = organisation.as("eva@example.dk").list(competences(programme));

        // then
        assertEquals(saved, read);
        assertEquals(List.of("prompting", "fact-checking", "ethics"), read.stream().map(k -> k.get("key")).toList());
        assertEquals(List.of(1, 2, 3), read.stream().map(k -> k.get("position")).toList());
        assertEquals("At skrive gode prompts", read.get(0).get("nameDa"));
        assertEquals("Writing good prompts", read.get(0).get("nameEn"));
        assertEquals(Map.of("EMPLOYEE", "CAN", "MANAGER", "KNOW_OF", "SUPPORT_PERSON", "MASTER"),
                read.get(0).get("targets"));
        assertEquals(Map.of("EMPLOYEE", "KNOW_OF"), read.get(1).get("targets"));
        assertEquals(Map.of(), read.get(2).getOrDefault("targets", Map.of()), "no target for any role");
        assertEquals(1, journalled(programme, "CompetencesChanged"));
        assertEquals(HttpStatus.FORBIDDEN, refused(() -> organisation.as("per@example.dk")
                .putList(competences(programme), Map.of("competences", List.of()))).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, refused(() -> hr.putList(competences("00000000-0000-0000-0000-000000000001"),
                Map.of("competences", COMPETENCES))).getStatus());
    }

    @Test
    void a_goal_without_a_target_level_takes_the_target_for_the_persons_role() {
        // given
        String programme = programmeWithCompetences("Mål efter rolle");
        Api per = organisation.as("per@example.dk");

        // when
        Map<String, Object> employee = ownGoal(organisation.as("eva@example.dk"), programme, "Prompting");
        Map<String, Object> supportPerson = ownGoal(organisation.as("ada@example.dk"), programme, "prompting");
        Map<String, Object> manager = ownGoal(per, programme, "prompting");
        Map<String, Object> proposedByTheManager = per.post("/api/people/" + Lookups.person(hr, "gry@example.dk")
                + "/goals", body("programmeId", programme, "text", "Skrive prompts til mødereferater",
                "competence", "prompting"));
        Map<String, Object> ownTarget = organisation.as("finn@example.dk").post("/api/me/goals", body(
                "programmeId", programme, "text", "Mestre prompts", "competence", "prompting", "targetLevel", "MASTER"));
        Map<String, Object> noTargetForRole = ownGoal(organisation.as("hans@example.dk"), programme, "ethics");

        // then
        assertEquals("prompting", employee.get("competence"), "the key, whatever the case it was typed in");
        assertEquals("CAN", employee.get("targetLevel"));
        assertEquals("At skrive gode prompts", employee.get("competenceNameDa"));
        assertEquals("Writing good prompts", employee.get("competenceNameEn"));
        assertEquals("MASTER", supportPerson.get("targetLevel"));
        assertEquals("KNOW_OF", manager.get("targetLevel"));
        assertEquals("CAN", proposedByTheManager.get("targetLevel"), "Gry's role counts, not the proposer's");
        assertEquals("MASTER", ownTarget.get("targetLevel"), "a target given with the goal is kept");
        assertNull(noTargetForRole.get("targetLevel"));
        assertEquals("Etik og jura", noTargetForRole.get("competenceNameDa"));
    }

    @Test
    void an_unknown_competence_is_refused_naming_the_field_while_free_text_stays_where_none_are_defined() {
        // given
        String withCompetences = programmeWithCompetences("Kendte kompetencer");
        String without = programme("Fri tekst");
        Api eva = organisation.as("eva@example.dk");

        // when
        HttpClientResponseException unknown = refused(() -> ownGoal(eva, withCompetences, "excel-makroer"));
        Map<String, Object> freeText = ownGoal(eva, without, "Excel-makroer");

        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknown.getStatus());
        assertEquals(List.of("competence"), fields(unknown));
        String message = (String) ((Map<?, ?>) ((List<?>) Api.problem(unknown).get("errors")).get(0)).get("message");
        assertTrue(message.contains("prompting, fact-checking, ethics"), message);
        assertEquals("Excel-makroer", freeText.get("competence"));
        assertFalse(freeText.containsKey("competenceNameDa"));
        assertTrue(eva.list("/api/me/goals").stream().noneMatch(g -> withCompetences.equals(g.get("programmeId"))));
    }

    @Test
    void a_list_with_mistakes_changes_nothing_and_names_every_bad_entry() throws SQLException {
        // given
        String programme = programmeWithCompetences("Fejl i listen");
        List<Map<String, Object>> before = hr.list(competences(programme));
        List<Map<String, Object>> bad = List.of(
                body("key", "prompting", "nameDa", "Prompts", "nameEn", "Prompts"),
                body("key", "Fact Checking", "nameDa", "Kildekritik", "nameEn", "Checking sources"),
                body("key", "prompting", "nameDa", "Igen", "nameEn", "Again"),
                body("key", "ethics", "nameDa", "Etik", "nameEn", " ", "targets", Map.of("HR", "CAN")),
                body("key", "new-one", "nameDa", "Ny", "nameEn", "New"));

        // when
        HttpClientResponseException e = refused(() -> hr.putList(competences(programme), Map.of("competences", bad)));

        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertEquals(List.of("competences[1].key", "competences[2].key", "competences[3].nameEn",
                "competences[3].targets[HR]"), fields(e));
        assertEquals(before, hr.list(competences(programme)), "nothing changed");
        assertEquals(1, journalled(programme, "CompetencesChanged"));
    }

    @Test
    void a_competence_a_goal_refers_to_cannot_be_removed_and_the_refused_list_changes_nothing() throws SQLException {
        // given
        String programme = programmeWithCompetences("Fjerne kompetencer");
        ownGoal(organisation.as("eva@example.dk"), programme, "fact-checking");
        List<Map<String, Object>> before = hr.list(competences(programme));

        // when
        HttpClientResponseException e = refused(() -> hr.putList(competences(programme), Map.of("competences",
                List.of(COMPETENCES.get(0), body("key", "new-one", "nameDa", "Ny", "nameEn", "New")))));

        // then
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        String detail = (String) Api.problem(e).get("detail");
        assertTrue(detail.contains("fact-checking") && !detail.contains("ethics"), detail);
        assertEquals(before, hr.list(competences(programme)));

        // when: only the unused one goes
        List<Map<String, Object>> after = hr.putList(competences(programme),
                Map.of("competences", COMPETENCES.subList(0, 2)));

        // then
        assertEquals(List.of("prompting", "fact-checking"), after.stream().map(k -> k.get("key")).toList());
        assertEquals(2, journalled(programme, "CompetencesChanged"));
    }

    @Test
    void progress_per_competence_is_withheld_for_the_team_of_four_and_counted_for_the_team_of_six() {
        // given: every one of Team Fem has a goal in prompting; two also in fact-checking
        String programme = programmeWithCompetences("Fremskridt");
        Api per = organisation.as("per@example.dk");
        Map<String, String> goal = new java.util.HashMap<>();
        for (String name : List.of("eva", "finn", "gry", "hans", "ida", "jens")) {
            goal.put(name, (String) ownGoal(organisation.as(name + "@example.dk"), programme, "prompting").get("id"));
        }
        for (String name : List.of("eva", "finn", "gry", "hans")) {
            per.post("/api/goals/" + goal.get(name) + "/agree", Map.of());
        }
        followUp(organisation.as("eva@example.dk"), goal.get("eva"), "BETWEEN_MODULES", "KNOW_OF");
        followUp(per, goal.get("eva"), "FINAL", "CAN");
        followUp(organisation.as("finn@example.dk"), goal.get("finn"), "BETWEEN_MODULES", "MASTER");
        followUp(organisation.as("gry@example.dk"), goal.get("gry"), "BETWEEN_MODULES", "KNOW_OF");
        ownGoal(organisation.as("eva@example.dk"), programme, "fact-checking");
        ownGoal(organisation.as("finn@example.dk"), programme, "fact-checking");
        for (String name : List.of("ada", "bent", "carl", "dina")) {
            ownGoal(organisation.as(name + "@example.dk"), programme, "prompting");
        }
        ownGoal(per, programme, "prompting");

        // when
        List<Map<String, Object>> perRows = per.list("/api/managers/me/competence-progress?programmeId=" + programme);
        List<Map<String, Object>> monaRows = organisation.as("mona@example.dk")
                .list("/api/managers/me/competence-progress?programmeId=" + programme);

        // then
        assertEquals(List.of("prompting", "fact-checking"), perRows.stream().map(r -> r.get("competence")).toList());
        Map<String, Object> prompting = perRows.get(0);
        assertEquals(false, prompting.get("suppressed"));
        assertEquals("At skrive gode prompts", prompting.get("nameDa"));
        assertEquals("Fremskridt", prompting.get("programmeName"));
        assertEquals(Map.of("EMPLOYEE", "CAN", "MANAGER", "KNOW_OF", "SUPPORT_PERSON", "MASTER"), prompting.get("targets"));
        assertEquals(6, prompting.get("people"), "Per's own goal is not in his units' progress");
        // every count of fewer than five goals is withheld, with the counts it would follow from: of six goals,
        // 2 proposed, 3 active and 1 done; 1 each at KNOW_OF, CAN and MASTER and 3 with no level yet; 2 of 6 have
        // reached their target
        assertEquals(Api.body("PROPOSED", null, "ACTIVE", null, "DONE", null), prompting.get("goals"));
        assertEquals(Api.body("KNOW_OF", null, "CAN", null, "MASTER", null), prompting.get("levelReached"));
        assertNull(prompting.get("noLevelYet"));
        assertEquals(6, prompting.get("withTarget"), "all six have a target, and none without is shown as 0");
        assertNull(prompting.get("reachedTarget"));
        Map<String, Object> factChecking = perRows.get(1);
        assertEquals(true, factChecking.get("suppressed"));
        assertTrue(((String) factChecking.get("reasonDa")).contains("5"), factChecking.toString());
        assertFalse(factChecking.containsKey("people") || factChecking.containsKey("goals"), factChecking.toString());
        assertEquals(1, monaRows.size());
        assertEquals(true, monaRows.get(0).get("suppressed"), "Team Fire has four people");
        assertFalse(monaRows.get(0).containsKey("reachedTarget"));
        String all = perRows.toString() + monaRows;
        assertFalse(all.contains("personId") || all.contains("Eva") || all.contains("Ada"), "never a list of people");
        assertEquals(HttpStatus.FORBIDDEN, refused(() -> organisation.as("eva@example.dk")
                .list("/api/managers/me/competence-progress")).getStatus());
    }

    @Test
    void free_text_competences_come_after_the_defined_ones_alphabetically() {
        // given: goals with free text first, then HR defines one competence
        String programme = programme("Fri tekst før en liste");
        ownGoal(organisation.as("eva@example.dk"), programme, "Mødereferater");
        ownGoal(organisation.as("finn@example.dk"), programme, "excel");
        hr.putList(competences(programme), Map.of("competences", COMPETENCES.subList(0, 1)));
        ownGoal(organisation.as("gry@example.dk"), programme, "prompting");

        // when
        List<Map<String, Object>> rows = organisation.as("per@example.dk")
                .list("/api/managers/me/competence-progress?programmeId=" + programme);

        // then
        assertEquals(List.of("prompting", "excel", "Mødereferater"), rows.stream().map(r -> r.get("competence")).toList());
        assertEquals(List.of(true, false, false), rows.stream().map(r -> r.get("defined")).toList());
        assertNull(rows.get(1).get("nameDa"));
    }

    private static void followUp(Api who, String goal, String kind, String level) {
        who.post("/api/goals/" + goal + "/follow-ups", Map.of("kind", kind, "progressText", "Sådan gik det",
                "levelReached", level));
    }
}
