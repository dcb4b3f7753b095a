package dk.spor.organisation;

import dk.spor.support.Api;
import dk.spor.support.DatabaseRows;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportingOrganisationHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseRows rows;

    private Api hr() {
        return Api.administrator(http.toBlocking());
    }

    @Test
    @Order(1)
    void a_bad_file_changes_nothing_and_lists_every_bad_line() {
        // given
        hr().csv("/api/organisation/units/import", Fixtures.UNITS);
        String bad = Fixtures.EMPLOYEES + "1001,Dublet,dublet@example.dk,T1,,\n7777,Ukendt,u@example.dk,T9,,\n";
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> hr().csv("/api/organisation/employees/import", bad));
        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        List<?> errors = (List<?>) Api.problem(e).get("errors");
        assertEquals(List.of(8, 9), errors.stream().map(x -> ((Map<?, ?>) x).get("line")).toList());
        assertTrue(hr().list("/api/units").stream().allMatch(u -> ((Map<?, ?>) u).get("activeMembers").equals(0)),
                "nobody was imported");
    }

    @Test
    @Order(2)
    void importing_then_reimporting_the_same_file_changes_nothing_the_second_time() {
        // when
        Map<String, Object> first = hr().csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        Map<String, Object> second = hr().csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        Map<String, Object> units = hr().csv("/api/organisation/units/import", Fixtures.UNITS);
        // then
        assertEquals(6, ((Map<?, ?>) first.get("changes")).get("joined"));
        assertEquals(false, second.get("applied"));
        assertEquals(Map.of("joined", 0, "moved", 0, "updated", 0, "left", 0, "unchanged", 6), second.get("changes"));
        assertEquals(false, units.get("applied"));
    }

    @Test
    @Order(3)
    void a_changed_file_moves_adds_and_marks_as_left() {
        // given: Cecilie moves to team 2, Erik leaves, Frida joins
        String changed = Fixtures.EMPLOYEES
                .replace("1003,Cecilie Medarbejder,cecilie@example.dk,T1", "1003,Cecilie Medarbejder,cecilie@example.dk,T2")
                .replace("2002,Erik Medarbejder,erik@example.dk,T2,tillidsvalgt,\n", "")
                + "3001,Frida Ny,frida@example.dk,T1,,\n";
        // when
        Map<String, Object> dry = hr().csv("/api/organisation/employees/import?dryRun=true", changed);
        Map<String, Object> report = hr().csv("/api/organisation/employees/import", changed);
        // then
        assertEquals(false, dry.get("applied"));
        assertEquals(Map.of("joined", 1, "moved", 1, "updated", 0, "left", 1, "unchanged", 4), report.get("changes"));
        assertEquals(Map.of("joined", 1, "moved", 1, "updated", 0, "left", 1, "unchanged", 4), dry.get("changes"));
    }

    @Test
    @Order(4)
    void units_left_out_of_the_file_are_closed_several_at_once() {
        // given two project teams nobody works in
        hr().csv("/api/organisation/units/import", Fixtures.UNITS + "X1,Projekt Et,TEAM,JC\nX2,Projekt To,TEAM,JC\n");
        assertTrue(unitKeys().containsAll(List.of("X1", "X2")));
        // when the next file leaves both out
        hr().csv("/api/organisation/units/import", Fixtures.UNITS);
        // then both are closed and the others stay
        assertEquals(List.of("ADM", "JC", "K", "T1", "T2"), unitKeys());
    }

    @Test
    @Order(5)
    void an_import_that_changed_something_leaves_the_planner_knowing_the_new_rows() {
        // given
        long peopleBefore = manualAnalyses("person");
        long unitsBefore = manualAnalyses("unit");
        // when: a dry run, a file that changes people (the original one again), a units file with a new unit
        hr().csv("/api/organisation/employees/import?dryRun=true", Fixtures.EMPLOYEES);
        assertEquals(peopleBefore, manualAnalyses("person"), "a dry run changes nothing and analyzes nothing");
        hr().csv("/api/organisation/employees/import", Fixtures.EMPLOYEES);
        hr().csv("/api/organisation/units/import", Fixtures.UNITS + "X3,Projekt Tre,TEAM,JC\n");
        // then: the tables' statistics were gathered in the imports, and the planner's row counts are the real ones
        assertEquals(peopleBefore + 1, manualAnalyses("person"));
        assertEquals(unitsBefore + 1, manualAnalyses("unit"));
        for (String table : List.of("person", "unit")) {
            Map<String, Object> counts = rows.list("select (select reltuples from pg_class where oid = '" + table
                    + "'::regclass)::bigint as planned, (select count(*) from " + table + ") as actual").get(0);
            assertEquals(counts.get("actual"), counts.get("planned"), table);
        }
    }

    /** ANALYZE runs on the table by a command, not by autovacuum. */
    private long manualAnalyses(String table) {
        return ((Number) rows.list("select analyze_count from pg_stat_user_tables where relname = ?", table).get(0)
                .get("analyze_count")).longValue();
    }

    private List<String> unitKeys() {
        return hr().list("/api/units").stream().map(u -> (String) ((Map<?, ?>) u).get("key")).sorted().toList();
    }
}
