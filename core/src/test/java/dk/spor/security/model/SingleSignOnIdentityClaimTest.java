package dk.spor.security.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which claim names the person and what it is compared with, as the operator writes it, and the value it yields. */
class SingleSignOnIdentityClaimTest {

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(null, null, "email", IdentityClaim.Field.EMAIL, "nothing said: the e-mail claim"),
                Arguments.of(" ", "", "email", IdentityClaim.Field.EMAIL, "blank is nothing said"),
                Arguments.of(null, "email", "email", IdentityClaim.Field.EMAIL, "only the field, e-mail: the e-mail claim"),
                Arguments.of("preferred_username", null, "preferred_username", IdentityClaim.Field.EMAIL,
                        "Entra's UPN is e-mail-like"),
                Arguments.of("UPN", null, "UPN", IdentityClaim.Field.EMAIL, "e-mail-like without regard to case"),
                Arguments.of("employee_number", null, "employee_number", IdentityClaim.Field.EMPLOYEE_NUMBER,
                        "any other claim: the employee number"),
                Arguments.of(" employeeid ", "employee-number", "employeeid", IdentityClaim.Field.EMPLOYEE_NUMBER,
                        "the field said, spaces dropped"),
                Arguments.of("preferred_username", "medarbejdernummer", "preferred_username",
                        IdentityClaim.Field.EMPLOYEE_NUMBER, "the field said wins over the claim's look"),
                Arguments.of("sAMAccountName", "E-MAIL", "sAMAccountName", IdentityClaim.Field.EMAIL,
                        "e-mail said for a claim that does not look like one"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("settings")
    void the_operators_words_name_a_claim_and_the_field_it_is_compared_with(String claim, String field,
                                                                            String expectedClaim,
                                                                            IdentityClaim.Field expectedField,
                                                                            String why) {
        assertEquals(new IdentityClaim(expectedClaim, expectedField), IdentityClaim.of(claim, field), why);
    }

    @ParameterizedTest
    @MethodSource("unknownFields")
    void an_unknown_field_is_refused_with_the_two_that_exist(String field) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> IdentityClaim.of("upn", field));
        assertEquals("Unknown field to match people by: " + field + " (email or employee-number)",
                refused.getMessage());
    }

    static Stream<String> unknownFields() {
        return Stream.of("name", "cpr", "sub");
    }

    @ParameterizedTest
    @MethodSource("unknownFields")
    void an_unknown_field_is_refused_also_without_a_claim(String field) {
        assertThrows(IllegalArgumentException.class, () -> IdentityClaim.of(null, field));
    }

    @org.junit.jupiter.api.Test
    void the_employee_number_without_the_claim_that_carries_it_is_refused() {
        assertEquals("employee-number needs the name of the claim that carries it, e.g. employee_number",
                assertThrows(IllegalArgumentException.class, () -> IdentityClaim.of(" ", "employee-number"))
                        .getMessage());
    }

    static Stream<Arguments> values() {
        IdentityClaim email = IdentityClaim.DEFAULT;
        IdentityClaim number = new IdentityClaim("employee_number", IdentityClaim.Field.EMPLOYEE_NUMBER);
        return Stream.of(
                Arguments.of(email, Map.of("email", "Anne.Leder@Aarhus.DK"), "anne.leder@aarhus.dk",
                        "an e-mail without regard to case"),
                Arguments.of(email, Map.of("email", "  bo@example.dk "), "bo@example.dk", "spaces dropped"),
                Arguments.of(email, Map.of("email", List.of("bo@example.dk")), "bo@example.dk", "one value in a list"),
                Arguments.of(email, Map.of("email", List.of("bo@example.dk", "b@example.dk")), null,
                        "several values are no answer to who this is"),
                Arguments.of(email, Map.of("email", ""), null, "an empty value"),
                Arguments.of(email, Map.of("upn", "bo@example.dk"), null, "another claim than the one named"),
                Arguments.of(email, Map.of("email", Map.of("value", "bo@example.dk")), null, "not a text"),
                Arguments.of(email, Map.of("email", true), null, "a boolean is not a text either"),
                Arguments.of(number, Map.of("employee_number", " A-1002 "), "A-1002",
                        "an employee number exactly, spaces dropped"),
                Arguments.of(number, Map.of("employee_number", 9001), "9001", "a number claim is its digits"),
                Arguments.of(number, Map.of(), null, "no claim at all"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("values")
    void the_value_to_find_the_person_by(IdentityClaim claim, Map<String, ?> claims, String expected, String why) {
        assertEquals(Optional.ofNullable(expected), claim.valueIn(claims), why);
    }
}
