package dk.spor.web.page;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which error page a status gets: what the person can do next depends on what went wrong. */
class TellingWhatWentWrongTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"404, notFound", "403, forbidden", "400, badRequest", "405, badRequest", "413, badRequest",
            "500, failed", "503, failed"})
    void each_status_has_its_page(int status, String kind) {
        assertEquals(kind, PageErrors.kind(HttpRequest.GET("/"), status));
    }

    @ParameterizedTest
    @CsvSource({"403", "400"})
    void a_refused_form_says_the_form_expired_whatever_the_status(int status) {
        HttpRequest<?> request = HttpRequest.POST("/log-ud", "").setAttribute(PageRequests.FORM_EXPIRED, true);
        assertEquals("formExpired", PageErrors.kind(request, status));
    }
}
