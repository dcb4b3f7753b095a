package dk.spor.security.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSRF token of a file upload is found as the plain field it is, and never in a file's content. */
class ReadingAMultipartFieldTest {

    private static final String BOUNDARY = "----form42";

    private static byte[] body(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            b.append("--").append(BOUNDARY).append("\r\n").append(part).append("\r\n");
        }
        b.append("--").append(BOUNDARY).append("--\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_field_is_read_by_its_name_before_or_after_the_file() {
        String token = "Content-Disposition: form-data; name=\"csrfToken\"\r\n\r\nabc.def";
        String file = "Content-Disposition: form-data; name=\"ics\"; filename=\"travl.ics\"\r\n"
                + "Content-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR";
        assertEquals(Optional.of("abc.def"), MultipartField.value(body(token, file), BOUNDARY, "csrfToken"));
        assertEquals(Optional.of("abc.def"), MultipartField.value(body(file, token), BOUNDARY, "csrfToken"));
    }

    @Test
    void a_file_named_like_the_field_a_missing_field_and_a_missing_boundary_give_nothing() {
        String file = "Content-Disposition: form-data; name=\"csrfToken\"; filename=\"x\"\r\n\r\nabc";
        assertEquals(Optional.empty(), MultipartField.value(body(file), BOUNDARY, "csrfToken"));
        assertEquals(Optional.empty(), MultipartField.value(body(), BOUNDARY, "csrfToken"));
        assertEquals(Optional.empty(), MultipartField.value("junk".getBytes(StandardCharsets.UTF_8), "", "csrfToken"));
        assertEquals(Optional.empty(), MultipartField.value("junk".getBytes(StandardCharsets.UTF_8), BOUNDARY,
                "csrfToken"));
    }
}
