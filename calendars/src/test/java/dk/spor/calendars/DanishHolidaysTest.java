package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DanishHolidaysTest {

    static Stream<Arguments> easterDates() {
        return Stream.of(
                Arguments.of(2019, LocalDate.of(2019, 4, 21)),
                Arguments.of(2023, LocalDate.of(2023, 4, 9)),
                Arguments.of(2024, LocalDate.of(2024, 3, 31)),
                Arguments.of(2025, LocalDate.of(2025, 4, 20)),
                Arguments.of(2026, LocalDate.of(2026, 4, 5)),
                Arguments.of(2027, LocalDate.of(2027, 3, 28)),
                Arguments.of(2038, LocalDate.of(2038, 4, 25)),
                Arguments.of(2285, LocalDate.of(2285, 3, 22)));
    }

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @MethodSource("easterDates")
    void easter_sunday_matches_the_known_date(int year, LocalDate expected) {
        // given / when
        LocalDate easter = DanishHolidays.easterSunday(year);
        // then
        assertEquals(expected, easter);
    }

    static Stream<Arguments> knownDays() {
        return Stream.of(
                Arguments.of(LocalDate.of(2026, 1, 1), true, "Nytårsdag"),
                Arguments.of(LocalDate.of(2026, 4, 2), true, "Skærtorsdag"),
                Arguments.of(LocalDate.of(2026, 4, 3), true, "Langfredag"),
                Arguments.of(LocalDate.of(2026, 4, 5), true, "Påskedag"),
                Arguments.of(LocalDate.of(2026, 4, 6), true, "2. Påskedag"),
                Arguments.of(LocalDate.of(2026, 5, 1), false, null),
                Arguments.of(LocalDate.of(2023, 5, 5), true, "Store Bededag"),
                Arguments.of(LocalDate.of(2024, 4, 26), false, null),
                Arguments.of(LocalDate.of(2026, 5, 14), true, "Kristi Himmelfartsdag"),
                Arguments.of(LocalDate.of(2026, 5, 24), true, "Pinsedag"),
                Arguments.of(LocalDate.of(2026, 5, 25), true, "2. Pinsedag"),
                Arguments.of(LocalDate.of(2026, 6, 5), true, "Grundlovsdag"),
                Arguments.of(LocalDate.of(2026, 12, 24), true, "Juleaften"),
                Arguments.of(LocalDate.of(2026, 12, 25), true, "Juledag"),
                Arguments.of(LocalDate.of(2026, 12, 26), true, "2. Juledag"),
                Arguments.of(LocalDate.of(2026, 12, 31), true, "Nytårsaftensdag"),
                Arguments.of(LocalDate.of(2026, 12, 30), false, null));
    }

    @ParameterizedTest(name = "{0} holiday={1} ({2})")
    @MethodSource("knownDays")
    void a_known_date_is_classified_with_its_danish_name(LocalDate date, boolean holiday, String name) {
        // given
        DanishHolidays holidays = DanishHolidays.instance();
        // when
        boolean actual = holidays.isHoliday(date);
        // then
        assertEquals(holiday, actual);
        assertEquals(name, holidays.holidays(date.getYear()).get(date));
    }

    static Stream<Arguments> countsPerYear() {
        return Stream.of(Arguments.of(2023, 14), Arguments.of(2024, 13), Arguments.of(2026, 13));
    }

    @ParameterizedTest(name = "{0} has {1} non-working days")
    @MethodSource("countsPerYear")
    void store_bededag_is_only_counted_before_2024(int year, int expected) {
        // given / when
        int count = DanishHolidays.instance().holidays(year).size();
        // then
        assertEquals(expected, count);
    }

    static Stream<Arguments> workingDays() {
        return Stream.of(
                Arguments.of(LocalDate.of(2026, 4, 7), true),
                Arguments.of(LocalDate.of(2026, 4, 11), false),
                Arguments.of(LocalDate.of(2026, 4, 6), false));
    }

    @ParameterizedTest(name = "{0} working day={1}")
    @MethodSource("workingDays")
    void weekends_and_holidays_are_not_working_days(LocalDate date, boolean expected) {
        // given / when / then
        assertEquals(expected, DanishHolidays.instance().isWorkingDay(date));
    }
}
