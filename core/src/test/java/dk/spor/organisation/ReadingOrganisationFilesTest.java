package dk.spor.organisation;

import dk.spor.organisation.model.EmployeeFile;
import dk.spor.organisation.model.ImportError;
import dk.spor.organisation.model.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadingOrganisationFilesTest {

    private static final Set<String> UNITS = Set.of("K", "T1", "T2");

    static Stream<Arguments> badEmployeeFiles() {
        String header = "employee_number,name,email,unit_key,roles,manages\n";
        return Stream.of(
                Arguments.of("unknown unit", header + "1,A,a@x.dk,T9,,\n", 2, "unknown unit 'T9'"),
                Arguments.of("duplicate number", header + "1,A,a@x.dk,T1,,\n1,B,b@x.dk,T1,,\n", 3,
                        "duplicate employee_number"),
                Arguments.of("malformed e-mail", header + "1,A,a-at-x.dk,T1,,\n", 2, "not a valid e-mail"),
                Arguments.of("duplicate e-mail", header + "1,A,a@x.dk,T1,,\n2,B,A@x.dk,T1,,\n", 3, "already used"),
                Arguments.of("unknown role", header + "1,A,a@x.dk,T1,boss,\n", 2, "unknown role 'boss'"),
                Arguments.of("manages unknown unit", header + "1,A,a@x.dk,T1,,X\n", 2, "manages unknown unit 'X'"),
                Arguments.of("empty name", header + "1,,a@x.dk,T1,,\n", 2, "name is empty"),
                Arguments.of("missing column", "employee_number,name,email\n1,A,a@x.dk\n", 1, "lacks the column 'unit_key'"),
                Arguments.of("too few fields", header + "1,A,a@x.dk\n", 2, "has 3 fields"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEmployeeFiles")
    void a_bad_employee_row_is_reported_with_its_line_and_reason(String what, String file, int line, String reason) {
        // when
        EmployeeFile.Result result = EmployeeFile.read(file.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, UNITS);
        // then
        assertTrue(result.employees().isEmpty(), "a bad file yields no rows at all");
        ImportError error = result.errors().get(0);
        assertEquals(line, error.line());
        assertTrue(error.reason().contains(reason), error.reason());
    }

    @Test
    void every_bad_row_is_listed_not_only_the_first() {
        // given
        String file = "employee_number,name,email,unit_key\n1,A,bad,T1\n2,B,b@x.dk,T1\n3,C,c@x.dk,NOPE\n";
        // when
        EmployeeFile.Result result = EmployeeFile.read(file.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, UNITS);
        // then
        assertEquals(List.of(2, 4), result.errors().stream().map(ImportError::line).toList());
    }

    @Test
    void a_windows_1252_file_sent_as_utf8_names_the_line_with_the_wrong_bytes() {
        // given: "Søren" in Windows-1252 on line 3
        byte[] file = "employee_number,name,email,unit_key\n1,Anne,a@x.dk,T1\n2,Søren,s@x.dk,T1\n"
                .getBytes(Charset.forName("windows-1252"));
        // when
        EmployeeFile.Result result = EmployeeFile.read(file, StandardCharsets.UTF_8, UNITS);
        // then
        assertEquals(3, result.errors().get(0).line());
        assertTrue(result.errors().get(0).reason().contains("not valid UTF-8"));
    }

    @Test
    void the_same_file_declared_as_windows_1252_reads_danish_letters_right() {
        byte[] file = "employee_number;name;email;unit_key\n2;Søren Ærø;s@x.dk;T1\n".getBytes(Charset.forName("windows-1252"));
        EmployeeFile.Result result = EmployeeFile.read(file, Charset.forName("windows-1252"), UNITS);
        assertTrue(result.ok(), result.errors().toString());
        assertEquals("Søren Ærø", result.employees().get(0).name());
    }

    @Test
    void danish_headers_semicolons_and_a_byte_order_mark_are_understood() {
        String file = "\uFEFFmedarbejdernummer;navn;e-mail;enhed;roller;leder_af\n7;Åse;aase@x.dk;T2;superbruger|tillidsvalgt;T2\n";
        EmployeeFile.Result result = EmployeeFile.read(file.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, UNITS);
        assertTrue(result.ok(), result.errors().toString());
        EmployeeFile.EmployeeRow row = result.employees().get(0);
        assertEquals(Set.of(EmployeeFile.PersonRole.SUPPORT_PERSON, EmployeeFile.PersonRole.REPRESENTATIVE), row.roles());
        assertEquals(Set.of("T2"), row.manages());
    }

    static Stream<Arguments> badUnitFiles() {
        String header = "unit_key,name,kind,parent_key\n";
        return Stream.of(
                Arguments.of("unknown parent", header + "K,Kommune,MUNICIPALITY,\nT,Team,TEAM,X\n", 3,
                        "parent_key 'X' is not a unit"),
                Arguments.of("duplicate key", header + "K,Kommune,MUNICIPALITY,\nK,Igen,TEAM,\n", 3, "already used"),
                Arguments.of("unknown kind", header + "K,Kommune,CITY,\n", 2, "kind 'CITY'"),
                Arguments.of("loop", header + "A,A,DEPARTMENT,B\nB,B,DEPARTMENT,A\n", 2, "own ancestor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUnitFiles")
    void a_bad_unit_row_is_reported_with_its_line_and_reason(String what, String file, int line, String reason) {
        UnitFile.Result result = UnitFile.read(file.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertTrue(result.units().isEmpty());
        assertEquals(line, result.errors().get(0).line());
        assertTrue(result.errors().get(0).reason().contains(reason), result.errors().get(0).reason());
    }
}
