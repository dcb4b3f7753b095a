package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeZoneNamesTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("Europe/Copenhagen", "Europe/Copenhagen"),
                Arguments.of("/mozilla.org/20070129_1/Europe/Copenhagen", "Europe/Copenhagen"),
                Arguments.of("/citadel.org/20190914_1/Europe/Oslo", "Europe/Oslo"),
                Arguments.of("Romance Standard Time", "Europe/Paris"),
                Arguments.of("romance standard time", "Europe/Paris"),
                Arguments.of("W. Europe Standard Time", "Europe/Berlin"),
                Arguments.of("GMT Standard Time", "Europe/London"),
                Arguments.of("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "Europe/Paris"),
                Arguments.of("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "Europe/London"),
                Arguments.of("tzone://Microsoft/Utc", "Etc/UTC"),
                Arguments.of("UTC", "UTC"),
                Arguments.of("Nordic Office Time", null),
                Arguments.of("Customized Time Zone", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void a_tzid_names_an_iana_zone_directly_behind_a_prefix_or_as_a_windows_name(String tzid, String zone) {
        // when
        Optional<ZoneId> known = TimeZones.known(tzid);
        // then
        assertEquals(Optional.ofNullable(zone).map(ZoneId::of), known);
    }
}
