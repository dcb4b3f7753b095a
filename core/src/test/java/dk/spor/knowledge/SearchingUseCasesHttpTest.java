package dk.spor.knowledge;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The use-case catalogue as an employee meets it: all 63 cases, searched in Danish and filtered. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchingUseCasesHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private Api employee;
    private Api hr;

    @BeforeAll
    void an_employee_and_hr_are_signed_in() {
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        employee = organisation.as("bo@example.dk");
        hr = organisation.as("hanne@example.dk");
    }

    private List<String> ids(String query) {
        return employee.list("/api/knowledge/use-cases" + query).stream().map(u -> (String) u.get("id")).toList();
    }

    private static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void the_whole_catalogue_of_63_use_cases_is_there_in_catalogue_order() {
        // when
        List<String> all = ids("");
        // then
        assertEquals(63, all.size());
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11"),
                all.subList(0, 11), "1.10 comes after 1.9, not after 1.1");
    }

    @Test
    void one_use_case_carries_both_languages_and_its_lists_split_from_the_catalogue() {
        // when
        Map<String, Object> useCase = employee.get("/api/knowledge/use-cases/1.3");
        Map<String, Object> risky = employee.get("/api/knowledge/use-cases/2.1");
        // then
        assertEquals("Automatisering af sagsbehandlingstrin", useCase.get("titleDa"));
        assertEquals("Automation of case-processing steps", useCase.get("titleEn"));
        assertEquals(1, useCase.get("categoryNo"));
        assertEquals(List.of("time", "quality"), useCase.get("gains"));
        assertEquals(List.of("now", "planned"), useCase.get("horizon"));
        assertEquals(List.of(), useCase.getOrDefault("riskFlags", List.of()), "empty lists are left out");
        assertEquals(List.of("bias", "black_box"), risky.get("riskFlags"));
    }

    @Test
    void an_unknown_use_case_is_a_not_found_problem() {
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> employee.get("/api/knowledge/use-cases/99.1"));
        // then
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        assertTrue(Api.problem(e).get("detail").toString().contains("99.1"));
    }

    @Test
    void searching_sagsbehandler_finds_cases_that_say_sagsbehandlere_or_sagsbehandleren() {
        // when
        List<String> found = ids(q("sagsbehandler"));
        // then: 6.3 has the very word; 2.4 and 9.1 only "sagsbehandlere"; 2.1 and 8.2 only "sagsbehandleren"
        assertTrue(found.containsAll(List.of("6.3", "2.4", "9.1", "2.1", "8.2")), found.toString());
        assertFalse(found.contains("5.1"), found.toString());
    }

    @Test
    void searching_sagsbehandler_also_finds_sagsbehandling_as_a_dane_expects() {
        // when: the Danish stemmer keeps "sagsbehandling" apart from "sagsbehandler"; prefix matching joins them
        List<String> found = ids(q("sagsbehandler"));
        // then: 1.3 says only "sagsbehandlingstrin", 1.2 only "sagsbehandlingen"
        assertTrue(found.containsAll(List.of("1.3", "1.2")), found.toString());
    }

    @Test
    void searching_a_plural_or_definite_form_finds_the_base_form() {
        // then: 4.5 says "høringssvar", 6.1 "referat", 7.3 and 7.7 only "afgørelser"
        assertEquals(List.of("4.5"), ids(q("høringssvarene")));
        assertTrue(ids(q("referater")).contains("6.1"));
        assertTrue(ids(q("afgørelse")).containsAll(List.of("7.3", "7.7")));
    }

    @Test
    void a_word_in_the_title_ranks_above_the_same_word_only_in_a_summary() {
        // when: 1.4 and 9.1 have "dokumenter" in the title, 6.5 "dokumentation" (the same stem with more after it);
        // 1.5, 6.3, 6.4, 7.8 and 7.11 have it in the summary only
        List<String> found = ids(q("dokumenter"));
        // then
        assertEquals(java.util.Set.of("1.4", "9.1", "6.5"), java.util.Set.copyOf(found.subList(0, 3)), found.toString());
        assertTrue(found.containsAll(List.of("1.5", "6.3", "6.4", "7.8", "7.11")), found.toString());
    }

    @Test
    void web_search_syntax_excludes_words_with_a_minus() {
        // when
        List<String> withBoth = ids(q("sagsbehandler"));
        List<String> without = ids(q("sagsbehandler -afgørelser"));
        // then: category 1 speaks of afgørelser in its name
        assertTrue(withBoth.contains("1.1"));
        assertFalse(without.contains("1.1"), without.toString());
        assertTrue(without.contains("6.3"), without.toString());
    }

    @Test
    void filters_by_gain_horizon_category_and_risk_narrow_the_list() {
        // then
        assertEquals(11, ids("?gain=service").size());
        assertEquals(List.of("1.3", "1.4", "5.1", "5.2", "8.1"), ids("?horizon=planned"));
        assertEquals(List.of("1.3", "1.4"), ids("?horizon=planned&gain=quality"));
        assertEquals(11, ids("?category=7").size());
        assertTrue(ids("?category=7").stream().allMatch(id -> id.startsWith("7.")));
        assertEquals(List.of("2.1", "3.1"), ids("?risk=bias"));
        assertEquals(List.of("1.3", "1.4"), ids(q("sagsbehandler") + "&horizon=planned&category=1"));
    }

    @Test
    void an_unknown_gain_is_a_problem_that_names_the_filter_and_the_allowed_values() {
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> employee.list("/api/knowledge/use-cases?gain=money"));
        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        String problem = Api.problem(e).toString();
        assertTrue(problem.contains("gain") && problem.contains("service"), problem);
    }

    @Test
    void filtering_by_sector_gives_the_cases_the_sector_recommends_and_combines_with_the_other_filters() {
        // when
        List<String> citizenService = ids("?sector=sector-citizen-service");
        // then: the plugin recommends these, shown in catalogue order
        assertEquals(List.of("5.1", "5.2", "5.3", "5.4", "5.5", "7.1", "7.3", "7.4", "7.6", "7.7", "7.11", "8.6", "9.1"),
                citizenService);
        assertEquals(List.of("5.5", "9.1"), ids("?sector=sector-citizen-service&horizon=future"));
        assertEquals(List.of("5.3", "9.1"), ids("?sector=sector-citizen-service&gain=quality"));
        assertEquals(List.of("7.1", "7.3", "7.4", "7.6", "7.7", "7.11"), ids("?sector=sector-citizen-service&category=7"));
        assertEquals(java.util.Set.of("7.3", "7.7"),
                java.util.Set.copyOf(ids(q("afgørelse") + "&sector=sector-citizen-service")));
        assertEquals(List.of(), ids("?sector=sector-citizen-service&risk=bias"));
    }

    @Test
    void an_unknown_or_disabled_sector_is_a_problem_naming_the_filter_and_the_enabled_sectors() {
        // given
        hr.put("/api/plugins/sector-finance/enabled", Map.of("enabled", false));
        try {
            for (String sector : List.of("sector-nowhere", "sector-finance")) {
                // when
                HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                        () -> employee.list("/api/knowledge/use-cases?sector=" + sector));
                // then
                assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
                Map<?, ?> error = (Map<?, ?>) ((List<?>) Api.problem(e).get("errors")).get(0);
                assertEquals("sector", error.get("field"));
                String message = (String) error.get("message");
                assertTrue(message.contains("sector-citizen-service") && message.contains("sector-hr-legal"), message);
                assertFalse(message.contains("sector-finance"), "a disabled sector is not offered: " + message);
            }
        } finally {
            hr.put("/api/plugins/sector-finance/enabled", Map.of("enabled", true));
        }
    }

    @Test
    void several_wrong_filters_are_named_in_one_problem() {
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> employee.list("/api/knowledge/use-cases?gain=money&sector=sector-nowhere"));
        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        List<?> fields = ((List<?>) Api.problem(e).get("errors")).stream().map(x -> ((Map<?, ?>) x).get("field")).toList();
        assertEquals(List.of("gain", "sector"), fields);
    }
}
