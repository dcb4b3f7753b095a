package dk.spor.web.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A date typed in three fields, day, month and year, as DKFDS asks for one. */
class ReadingDatesTest {

    @ParameterizedTest(name = "{0}-{1}-{2}")
    @CsvSource(nullValues = "null", value = {
        // day, month, year, date, invalid
        "'', '', '', null, false",
        "null, null, null, null, false",
        "15, 12, 2026, 2026-12-15, false",
        "' 5 ', '3', '2027', 2027-03-05, false",
        "29, 2, 2028, 2028-02-29, false",
        "29, 2, 2027, null, true",
        "31, 4, 2027, null, true",
        "15, 12, '', null, true",
        "15, '', 2026, null, true",
        "femten, 12, 2026, null, true",
        "15, 12, 26, null, true",
        "15, 12, 20260, null, true",
    })
    void three_fields_make_a_date_or_say_they_do_not(String day, String month, String year, LocalDate date,
                                                    boolean invalid) {
        assertEquals(new DateInput(date, invalid), DateInput.read(day, month, year));
    }
}
