package dk.spor.plugins.tests;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.Participation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When each sector lets action learning be booked, stated as tables of slots. */
class BookingPolicyTest {

    private static final String CITIZEN_SERVICE = "sector-citizen-service";

    /** The citizen-service opening hours the plugin documents: action learning never goes inside them. */
    private static final Map<DayOfWeek, LocalTime[]> CITIZEN_SERVICE_OPENING_HOURS = Map.of(
            MONDAY, new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(15, 0)},
            TUESDAY, new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(15, 0)},
            WEDNESDAY, new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(15, 0)},
            THURSDAY, new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(17, 30)},
            FRIDAY, new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(13, 0)});

    private static InstalledPlugins plugins;

    @BeforeAll
    static void loadAll() {
        plugins = InstalledPlugins.loadAndStart();
    }

    @AfterAll
    static void unloadAll() {
        plugins.close();
    }

    static Stream<Arguments> citizenServiceSlots() {
        return Stream.of(
                // day, start, minutes, allowed
                arguments(TUESDAY, LocalTime.of(10, 0), 60, false),
                arguments(TUESDAY, LocalTime.of(12, 0), 90, false),
                arguments(TUESDAY, LocalTime.of(14, 0), 60, false),
                arguments(TUESDAY, LocalTime.of(9, 0), 90, false),   // would run into opening at 10:00
                arguments(TUESDAY, LocalTime.of(14, 30), 60, false), // starts inside opening hours
                arguments(TUESDAY, LocalTime.of(8, 0), 120, true),
                arguments(TUESDAY, LocalTime.of(15, 0), 90, true),
                arguments(THURSDAY, LocalTime.of(15, 0), 60, false), // open until 17:30 on Thursday
                arguments(THURSDAY, LocalTime.of(8, 30), 90, true),
                arguments(FRIDAY, LocalTime.of(13, 0), 120, true),
                arguments(FRIDAY, LocalTime.of(12, 0), 60, false),
                arguments(DayOfWeek.SATURDAY, LocalTime.of(8, 0), 60, false));
    }

    @ParameterizedTest(name = "{0} {1} for {2} min: allowed={3}")
    @MethodSource("citizenServiceSlots")
    void citizen_service_books_only_outside_opening_hours(DayOfWeek day, LocalTime start, int minutes, boolean allowed) {
        // given
        ActionLearningPolicy policy = plugins.policyOf(CITIZEN_SERVICE);

        // then
        assertEquals(allowed, policy.allows(day, start, minutes));
    }

    @Test
    void citizen_service_never_allows_a_block_that_overlaps_opening_hours() {
        // given
        ActionLearningPolicy policy = plugins.policyOf(CITIZEN_SERVICE);
        List<String> overlapping = new ArrayList<>();

        // when: every quarter-hour start from 06:00 to 19:00, every allowed length
        CITIZEN_SERVICE_OPENING_HOURS.forEach((day, hours) -> {
            for (LocalTime start = LocalTime.of(6, 0); start.isBefore(LocalTime.of(19, 0)); start = start.plusMinutes(15)) {
                for (int minutes = ActionLearningPolicy.MIN_MINUTES; minutes <= ActionLearningPolicy.MAX_MINUTES; minutes += 15) {
                    LocalTime end = start.plusMinutes(minutes);
                    boolean overlaps = start.isBefore(hours[1]) && end.isAfter(hours[0]);
                    if (overlaps && policy.allows(day, start, minutes)) {
                        overlapping.add(day + " " + start + "+" + minutes + "min");
                    }
                }
            }
        });

        // then
        assertEquals(List.of(), overlapping, "blocks allowed inside opening hours");
    }

    static Stream<Arguments> tuesdayAtEight() {
        return Stream.of(
                // sector, allowed, why not (a word the policy's English reason must contain)
                arguments("sector-vulnerable-citizens", true, null),
                arguments("sector-planning-building", true, null),
                arguments("sector-finance", true, null),
                arguments("sector-communication", false, "morning"),
                arguments("sector-hr-legal", true, null));
    }

    @ParameterizedTest(name = "{0}: allowed={1}")
    @MethodSource("tuesdayAtEight")
    void other_sectors_allow_tuesday_at_eight_or_say_why_not(String sectorId, boolean allowed, String whyNot) {
        // given
        ActionLearningPolicy policy = plugins.policyOf(sectorId);

        // when
        boolean allows = policy.allows(TUESDAY, LocalTime.of(8, 0), ActionLearningPolicy.MIN_MINUTES);

        // then
        assertEquals(allowed, allows, sectorId + " on Tuesday 08:00");
        if (!allowed) {
            assertTrue(policy.reason().en().toLowerCase(Locale.ROOT).contains(whyNot),
                    sectorId + " refuses Tuesday 08:00 but its reason does not mention '" + whyNot + "': " + policy.reason().en());
        }
    }

    @Test
    void finance_never_books_on_monday_the_payment_run_day() {
        // given
        ActionLearningPolicy policy = plugins.policyOf("sector-finance");

        // then
        assertFalse(policy.allows(MONDAY, LocalTime.of(8, 0), 60));
        assertTrue(policy.allows(TUESDAY, LocalTime.of(13, 0), 90));
    }

    static Stream<Arguments> policies() {
        return plugins.policies().stream().map(p -> arguments(named(p.sectorId(), p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void a_policy_prefers_an_allowed_length_that_fits_one_of_its_windows(ActionLearningPolicy policy) {
        // then
        int minutes = policy.preferredMinutes();
        assertTrue(minutes >= ActionLearningPolicy.MIN_MINUTES && minutes <= ActionLearningPolicy.MAX_MINUTES,
                policy.sectorId() + " prefers " + minutes + " minutes");
        boolean fitsSomewhere = policy.allowedWindows().stream().anyMatch(w -> w.days().stream()
                .filter(d -> !policy.daysToAvoid().contains(d))
                .anyMatch(d -> policy.allows(d, w.from(), minutes)));
        assertTrue(fitsSomewhere, policy.sectorId() + ": no window holds a block of " + minutes + " minutes");
    }

    static Stream<Arguments> howEachSectorBooks() {
        return Stream.of(
                // sector, minutes, participation, support person required, days to avoid
                arguments("sector-vulnerable-citizens", 90, Participation.TEAM_TOGETHER, true, Set.of(MONDAY)),
                arguments("sector-citizen-service", 90, Participation.TEAM_TOGETHER, true, Set.of()),
                arguments("sector-planning-building", 120, Participation.TEAM_TOGETHER, true, Set.of()),
                arguments("sector-finance", 90, Participation.TEAM_TOGETHER, true, Set.of(MONDAY)),
                arguments("sector-communication", 90, Participation.TEAM_TOGETHER, false, Set.of()),
                arguments("sector-hr-legal", 90, Participation.TEAM_TOGETHER, true, Set.of()));
    }

    @ParameterizedTest(name = "{0}: {1} min, {2}, support person required={3}, avoids {4}")
    @MethodSource("howEachSectorBooks")
    void each_sector_says_how_long_with_whom_and_on_which_days_through_its_own_values_or_the_api_defaults(
            String sectorId, int minutes, Participation participation, boolean supportPersonRequired,
            Set<DayOfWeek> daysToAvoid) {
        // given
        ActionLearningPolicy policy = plugins.policyOf(sectorId);

        // then
        assertEquals(minutes, policy.preferredMinutes(), sectorId + " minutes");
        assertEquals(participation, policy.participation(), sectorId + " participation");
        assertEquals(supportPersonRequired, policy.supportPersonRequired(), sectorId + " support person");
        assertEquals(daysToAvoid, policy.daysToAvoid(), sectorId + " days to avoid");
    }

    @Test
    void a_policy_that_says_only_its_windows_and_reason_gets_the_defaults_the_api_documents() {
        // given: the least a sector has to say
        ActionLearningPolicy least = new ActionLearningPolicy() {
            @Override
            public String sectorId() {
                return "sector-least";
            }

            @Override
            public List<dk.spor.plugin.api.DailyWindow> allowedWindows() {
                return List.of(ActionLearningPolicy.DEFAULT_WINDOW);
            }

            @Override
            public dk.spor.plugin.api.Text reason() {
                return dk.spor.plugin.api.Text.of("Ingen særlige behov.", "No special needs.");
            }
        };

        // then
        assertEquals(90, least.preferredMinutes());
        assertEquals(Participation.TEAM_TOGETHER, least.participation());
        assertTrue(least.supportPersonRequired());
        assertEquals(Set.of(), least.daysToAvoid());
        assertTrue(least.allows(TUESDAY, LocalTime.of(8, 0), least.preferredMinutes()));
    }
}
