package dk.spor.knowledge;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library: public resources from the start, more added by HR, found by everyone. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddingResourcesHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    private Api hr;
    private Api employee;

    @BeforeAll
    void hr_and_an_employee_are_signed_in() {
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        hr = organisation.as("hanne@example.dk");
        employee = organisation.as("bo@example.dk");
    }

    private static Map<String, Object> videoAboutPrompting() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "VIDEO");
        body.put("title", "Tre minutter om gode prompter");
        body.put("summary", "Kort video: sådan skriver du en prompt, der giver brugbare udkast til afgørelsesbreve.");
        body.put("url", "https://video.example.dk/prompter");
        body.put("language", "da");
        body.put("tags", List.of("Prompting", "kom-godt-i-gang", "prompting"));
        body.put("sectorId", "sector-vulnerable-citizens");
        body.put("attitudeTypes", List.of("WAITING", "PRAGMATIC"));
        return body;
    }

    private List<String> titles(String query) {
        return employee.list("/api/knowledge/resources" + query).stream().map(r -> (String) r.get("title")).toList();
    }

    @Test
    void the_public_guidance_on_responsible_generative_ai_is_on_the_shelf_from_the_start() {
        // when
        List<String> guides = titles("?kind=GUIDE");
        List<String> found = titles("?q=" + URLEncoder.encode("ansvarlig generativ", StandardCharsets.UTF_8));
        // then
        assertTrue(guides.contains("Vejledning om ansvarlig anvendelse af generativ AI i det offentlige"), guides.toString());
        assertEquals("Vejledning om ansvarlig anvendelse af generativ AI i det offentlige", found.get(0));
        assertEquals(List.of("Databeskyttelse, når myndigheder bruger kunstig intelligens"), titles("?tag=gdpr"));
    }

    @Test
    void hr_adds_a_resource_that_everyone_can_then_find() {
        // when
        HttpResponse<Map> created = hr.exchange(HttpRequest.POST("/api/knowledge/resources", videoAboutPrompting()),
                Map.class);
        // then
        assertEquals(HttpStatus.CREATED, created.getStatus());
        String location = created.getHeaders().get("Location");
        assertTrue(location.startsWith("/api/knowledge/resources/"), location);
        Map<String, Object> read = employee.get(location);
        assertEquals("VIDEO", read.get("kind"));
        assertEquals(List.of("prompting", "kom-godt-i-gang"), read.get("tags"), "tags are lower case, once each");
        assertEquals(List.of("WAITING", "PRAGMATIC"), read.get("attitudeTypes"));
        // and: found by a stemmed word, by tag in any case, by sector
        assertTrue(titles("?q=" + URLEncoder.encode("afgørelsesbrev", StandardCharsets.UTF_8)).contains("Tre minutter om gode prompter"));
        assertTrue(titles("?tag=PROMPTING&kind=VIDEO").contains("Tre minutter om gode prompter"));
        assertEquals(List.of("Tre minutter om gode prompter"), titles("?sector=sector-vulnerable-citizens"));
    }

    @Test
    void an_employee_cannot_add_a_resource() {
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> employee.post("/api/knowledge/resources", videoAboutPrompting()));
        // then
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void a_bad_body_is_a_problem_naming_each_wrong_field() {
        // given
        Map<String, Object> body = videoAboutPrompting();
        body.put("title", " ");
        body.put("url", "ftp://files.example.dk/video");
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> hr.post("/api/knowledge/resources", body));
        // then
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        List<?> errors = (List<?>) Api.problem(e).get("errors");
        List<?> fields = errors.stream().map(x -> ((Map<?, ?>) x).get("field")).toList();
        assertTrue(fields.containsAll(List.of("title", "url")), Api.problem(e).toString());
    }

    @Test
    void a_missing_kind_is_a_problem_naming_kind() {
        // given
        Map<String, Object> body = videoAboutPrompting();
        body.remove("kind");
        // when
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> hr.post("/api/knowledge/resources", body));
        // then
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        Map<String, Object> problem = Api.problem(e);
        assertEquals("kind", ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("field"), problem.toString());
        assertEquals("The field kind must not be null.", problem.get("detail"));
    }
}
