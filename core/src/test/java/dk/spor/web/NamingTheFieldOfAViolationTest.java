package dk.spor.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamingTheFieldOfAViolationTest {

    @ParameterizedTest(name = "{0} -> field {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "body.title: must not be blank                    | title               | must not be blank",
            "body.url: must be an http:// or https:// address | url                 | must be an http:// or https:// address",
            "request.sessions[0].start: must not be null      | sessions[0].start   | must not be null",
            "Required argument [String id] not specified      | -                   | Required argument [String id] not specified",
            "a.b.c.d.e: f: g                                  | b.c.d.e             | f: g",
            "no colon and no dot                              | -                   | no colon and no dot",
    })
    void a_violation_message_is_split_into_the_field_the_client_sent_and_the_reason(String message, String field,
                                                                                    String reason) {
        // when
        Problem.FieldError error = Violations.violation(message);
        // then
        assertEquals(field, error.field());
        assertEquals(reason, error.message());
    }

    @org.junit.jupiter.api.Test
    void a_long_message_of_dots_and_colons_is_split_in_linear_time() {
        // the regular expression this replaced took minutes on such a text
        String message = "a." + "b.".repeat(500_000) + ": " + "c:".repeat(500_000);
        long start = System.nanoTime();
        Violations.violation(message);
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }
}
