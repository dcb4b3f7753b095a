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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library searched in Danish and filtered by language and attitude type, as an employee meets it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchingResourcesHttpTest implements RealDatabase {

    private static final String CONSULTATION = "Sådan læser du høringssvarene hurtigere";
    private static final String ENGLISH_PODCAST = "Generative AI in local government";
    private static final String FOR_EVERYONE = "Ordliste over begreber om kunstig intelligens";

    @Inject
    @Client("/")
    HttpClient http;

    private Api employee;

    @BeforeAll
    void hr_has_added_resources_and_an_employee_is_signed_in() {
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = organisation.as("hanne@example.dk");
        hr.post("/api/knowledge/resources", resource("ADVICE", CONSULTATION,
                "Et team i Plan og Byg deler, hvordan AI sorterer høringssvarene efter emne, før de læses.", "da",
                List.of("PRAGMATIC")));
        hr.post("/api/knowledge/resources", resource("PODCAST", ENGLISH_PODCAST,
                "Two case workers discuss trying chat assistants for letters and minutes.", "en",
                List.of("OPPORTUNITY_SEEKING")));
        hr.post("/api/knowledge/resources", resource("ARTICLE", FOR_EVERYONE,
                "Kort forklaring af sprogmodel, prompt, hallucination og bias.", "da", List.of()));
        employee = organisation.as("bo@example.dk");
    }

    private static Map<String, Object> resource(String kind, String title, String summary, String language,
                                                List<String> attitudeTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("summary", summary);
        body.put("language", language);
        body.put("attitudeTypes", attitudeTypes);
        return body;
    }

    private List<String> titles(String query) {
        return employee.list("/api/knowledge/resources" + query).stream().map(r -> (String) r.get("title")).toList();
    }

    private static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void searching_the_base_form_hoeringssvar_finds_a_text_that_says_only_hoeringssvarene() {
        // when: the catalogue test proves the other direction; here the resource says only "høringssvarene"
        List<String> found = titles(q("høringssvar"));
        // then
        assertEquals(List.of(CONSULTATION), found);
    }

    @Test
    void filtering_by_language_keeps_resources_in_that_language() {
        // when
        List<String> english = titles("?language=en");
        List<String> danish = titles("?language=da");
        // then
        assertEquals(List.of(ENGLISH_PODCAST), english);
        assertTrue(danish.containsAll(List.of(CONSULTATION, FOR_EVERYONE,
                "Vejledning om ansvarlig anvendelse af generativ AI i det offentlige")), danish.toString());
        assertFalse(danish.contains(ENGLISH_PODCAST));
        assertEquals(List.of(ENGLISH_PODCAST), titles("?language=EN&kind=PODCAST"));
    }

    @Test
    void filtering_by_attitude_type_gives_resources_for_that_type_first_then_those_for_everyone() {
        // when
        List<String> pragmatic = titles("?attitudeType=PRAGMATIC");
        // then: the two marked for pragmatists (newest first), then the one marked for no type
        assertEquals(List.of(CONSULTATION, "Start med brugsscenarier, hvor en fejl betyder lidt", FOR_EVERYONE),
                pragmatic);
        assertEquals(List.of(ENGLISH_PODCAST, "Databeskyttelse, når myndigheder bruger kunstig intelligens",
                FOR_EVERYONE), titles("?attitudeType=opportunity_seeking"));
        assertEquals(List.of(FOR_EVERYONE), titles("?attitudeType=CRITICAL&language=da&kind=ARTICLE"));
    }

    @Test
    void an_unknown_language_or_attitude_type_is_a_problem_naming_each_filter() {
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> employee.list("/api/knowledge/resources?language=de&attitudeType=BORED"));
        // then
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        List<?> errors = (List<?>) Api.problem(e).get("errors");
        assertEquals(List.of("language", "attitudeType"), errors.stream().map(x -> ((Map<?, ?>) x).get("field")).toList());
        String problem = errors.toString();
        assertTrue(problem.contains("[da, en]") && problem.contains("WORRIED"), problem);
    }
}
