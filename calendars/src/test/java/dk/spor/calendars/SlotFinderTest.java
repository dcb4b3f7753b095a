package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlotFinderTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-05T07:00:00Z"), ZoneOffset.UTC);
    private final SlotFinder finder = new SlotFinder();

    static Instant cph(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SlotRequest.COPENHAGEN).toInstant();
    }

    static TimeRange busy(String from, String to) {
        return new TimeRange(cph(from), cph(to));
    }

    static TimeRange window(String from, String to) {
        return busy(from, to);
    }

    static Stream<Arguments> commonSlotCases() {
        return Stream.of(
                Arguments.of("empty calendars give Monday 08:00 winter time",
                        window("2026-03-23T00:00", "2026-03-28T00:00"), List.of(List.<TimeRange>of(), List.<TimeRange>of()),
                        UnaryOperator.<SlotRequest.Builder>identity(), "2026-03-23T08:00", Instant.parse("2026-03-23T07:00:00Z")),
                Arguments.of("the weekend of the March DST change is skipped and Monday 08:00 is summer time",
                        window("2026-03-27T17:00", "2026-04-01T00:00"), List.of(List.<TimeRange>of()),
                        UnaryOperator.<SlotRequest.Builder>identity(), "2026-03-30T08:00", Instant.parse("2026-03-30T06:00:00Z")),
                Arguments.of("the weekend of the October DST change is skipped and Monday 08:00 is winter time",
                        window("2026-10-23T17:00", "2026-10-30T00:00"), List.of(List.<TimeRange>of()),
                        UnaryOperator.<SlotRequest.Builder>identity(), "2026-10-26T08:00", Instant.parse("2026-10-26T07:00:00Z")),
                Arguments.of("a window on the DST Sunday itself with all days allowed keeps local 08:00",
                        window("2026-03-29T00:00", "2026-03-30T00:00"), List.of(List.<TimeRange>of()),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.workingHours(new WorkingHours(Set.of(DayOfWeek.values()),
                                LocalTime.of(8, 0), LocalTime.of(16, 0))),
                        "2026-03-29T08:00", Instant.parse("2026-03-29T06:00:00Z")),
                Arguments.of("Easter 2026 holidays are skipped",
                        window("2026-04-01T17:00", "2026-04-10T00:00"), List.of(List.<TimeRange>of()),
                        UnaryOperator.<SlotRequest.Builder>identity(), "2026-04-07T08:00", null),
                Arguments.of("Easter 2026 counts as working days when holidays are not skipped",
                        window("2026-04-01T17:00", "2026-04-10T00:00"), List.of(List.<TimeRange>of()),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.skipHolidays(false), "2026-04-02T08:00", null),
                Arguments.of("a full-day busy Monday moves the slot to Tuesday",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T00:00", "2026-03-24T00:00")), List.<TimeRange>of()),
                        UnaryOperator.<SlotRequest.Builder>identity(), "2026-03-24T08:00", null),
                Arguments.of("busy times of two people are combined",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T08:00", "2026-03-23T09:30")),
                                List.of(busy("2026-03-23T10:00", "2026-03-23T11:00"))),
                        UnaryOperator.<SlotRequest.Builder>identity(), "2026-03-23T11:00", null),
                Arguments.of("buffers keep distance to busy time on both sides",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T08:00", "2026-03-23T09:30")),
                                List.of(busy("2026-03-23T10:00", "2026-03-23T11:00"), busy("2026-03-23T12:30", "2026-03-23T16:00"))),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.buffers(Duration.ofMinutes(15), Duration.ofMinutes(15)),
                        "2026-03-23T11:15", null),
                Arguments.of("a buffer before busy time pushes a too-tight slot to the next day",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T09:00", "2026-03-23T16:00"))),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.buffers(Duration.ofMinutes(10), Duration.ZERO),
                        "2026-03-24T08:00", null),
                Arguments.of("a sector window 08:00-10:00 is respected",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T08:00", "2026-03-23T09:00"))),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.sectorRules(new SectorRules(
                                List.of(new SectorRules.DailyWindow(LocalTime.of(8, 0), LocalTime.of(10, 0))), Set.of())),
                        "2026-03-23T09:00", null),
                Arguments.of("a 90 minute slot does not fit the rest of a sector window",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T08:00", "2026-03-23T09:00"))),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.duration(Duration.ofMinutes(90)).sectorRules(new SectorRules(
                                List.of(new SectorRules.DailyWindow(LocalTime.of(8, 0), LocalTime.of(10, 0))), Set.of())),
                        "2026-03-24T08:00", null),
                Arguments.of("two sector windows: the afternoon one is used when the morning is busy",
                        window("2026-03-23T00:00", "2026-03-24T00:00"),
                        List.of(List.of(busy("2026-03-23T08:00", "2026-03-23T10:00"))),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.sectorRules(new SectorRules(List.of(
                                new SectorRules.DailyWindow(LocalTime.of(14, 0), LocalTime.of(17, 0)),
                                new SectorRules.DailyWindow(LocalTime.of(8, 0), LocalTime.of(10, 0))), Set.of())),
                        "2026-03-23T14:00", null),
                Arguments.of("an afternoon window for Monday only is not used on Tuesday",
                        window("2026-03-23T00:00", "2026-03-25T00:00"),
                        List.of(List.of(busy("2026-03-23T08:00", "2026-03-23T16:00"),
                                busy("2026-03-24T08:00", "2026-03-24T10:00"))),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.sectorRules(new SectorRules(List.of(
                                new SectorRules.DailyWindow(LocalTime.of(8, 0), LocalTime.of(10, 0)),
                                new SectorRules.DailyWindow(LocalTime.of(14, 0), LocalTime.of(16, 0), Set.of(DayOfWeek.MONDAY))),
                                Set.of())),
                        null, null),
                Arguments.of("avoided days of the week are skipped",
                        window("2026-03-23T00:00", "2026-03-28T00:00"), List.of(List.<TimeRange>of()),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.sectorRules(new SectorRules(List.of(),
                                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY))),
                        "2026-03-25T08:00", null),
                Arguments.of("never in the past: now at 10:07 gives the next quarter hour",
                        window("2026-03-23T00:00", "2026-03-28T00:00"), List.of(List.<TimeRange>of()),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.clock(Clock.fixed(cph("2026-03-23T10:07"), ZoneOffset.UTC)),
                        "2026-03-23T10:15", null),
                Arguments.of("starts are aligned to the step after an odd busy end",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T07:00", "2026-03-23T08:20"))),
                        UnaryOperator.<SlotRequest.Builder>identity(), "2026-03-23T08:30", null),
                Arguments.of("a 10 minute step gives 08:20",
                        window("2026-03-23T00:00", "2026-03-28T00:00"),
                        List.of(List.of(busy("2026-03-23T07:00", "2026-03-23T08:20"))),
                        (UnaryOperator<SlotRequest.Builder>) b -> b.step(Duration.ofMinutes(10)), "2026-03-23T08:20", null),
                Arguments.of("the window end cuts the last day",
                        window("2026-03-23T00:00", "2026-03-24T08:30"),
                        List.of(List.of(busy("2026-03-23T00:00", "2026-03-24T00:00"))),
                        UnaryOperator.<SlotRequest.Builder>identity(), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commonSlotCases")
    void the_earliest_common_slot_is_found(String description, TimeRange window, List<List<TimeRange>> busy,
                                           UnaryOperator<SlotRequest.Builder> customise, String expectedLocalStart,
                                           Instant expectedInstant) {
        // given
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < busy.size(); i++) {
            attendees.add(Attendee.of("p" + i, busy.get(i)));
        }
        SlotRequest request = customise.apply(SlotRequest.builder(attendees, window).clock(FIXED)).build();
        // when
        SlotResult result = finder.find(request);
        // then
        if (expectedLocalStart == null) {
            assertTrue(result.commonSlot().isEmpty(), result.toString());
            return;
        }
        TimeRange slot = result.commonSlot().orElseThrow(() -> new AssertionError(result.toString()));
        assertEquals(cph(expectedLocalStart), slot.start(), result.toString());
        assertEquals(request.duration(), slot.duration());
        if (expectedInstant != null) {
            assertEquals(expectedInstant, slot.start());
        }
    }

    @Test
    void an_attendee_with_own_working_hours_is_booked_within_them() {
        // given
        Attendee partTime = new Attendee("p", List.of(), WorkingHours.weekdays(LocalTime.of(12, 0), LocalTime.of(15, 0)), false);
        SlotRequest request = SlotRequest.builder(List.of(partTime, Attendee.of("q", List.of())),
                window("2026-03-23T00:00", "2026-03-28T00:00")).clock(FIXED).build();
        // when
        SlotResult result = finder.find(request);
        // then
        assertEquals(cph("2026-03-23T12:00"), result.commonSlot().orElseThrow().start());
    }

    @Test
    void when_no_common_slot_exists_the_team_is_split_and_the_support_person_joins_every_group() {
        // given: a is only free Monday, b only Tuesday, c only Monday; the support person is always free
        TimeRange window = window("2026-03-23T00:00", "2026-03-25T00:00");
        Attendee a = Attendee.of("a", List.of(busy("2026-03-24T00:00", "2026-03-25T00:00")));
        Attendee b = Attendee.of("b", List.of(busy("2026-03-23T00:00", "2026-03-24T00:00")));
        Attendee c = Attendee.of("c", List.of(busy("2026-03-24T00:00", "2026-03-25T00:00")));
        Attendee support = Attendee.required("support", List.of());
        SlotRequest request = SlotRequest.builder(List.of(a, b, c, support), window).clock(FIXED).build();
        // when
        SlotResult result = finder.find(request);
        // then
        assertEquals(SlotResult.Outcome.SPLIT, result.outcome(), result.toString());
        assertEquals(2, result.groups().size());
        assertEquals(List.of("a", "c", "support"), result.groups().get(0).attendeeIds());
        assertEquals(cph("2026-03-23T08:00"), result.groups().get(0).slot().start());
        assertEquals(List.of("b", "support"), result.groups().get(1).attendeeIds());
        assertEquals(cph("2026-03-24T08:00"), result.groups().get(1).slot().start());
        assertTrue(result.reason().contains("split into 2 sub-groups"), result.reason());
    }

    @Test
    void the_support_person_is_not_double_booked_across_sub_groups() {
        // given: a and b are only free Monday 08:00-10:00 at different hours
        TimeRange window = window("2026-03-23T00:00", "2026-03-24T00:00");
        Attendee a = Attendee.of("a", List.of(busy("2026-03-23T09:00", "2026-03-23T16:00")));
        Attendee b = Attendee.of("b", List.of(busy("2026-03-23T08:00", "2026-03-23T08:30"),
                busy("2026-03-23T10:00", "2026-03-23T16:00")));
        Attendee support = Attendee.required("support", List.of());
        SlotRequest request = SlotRequest.builder(List.of(a, b, support), window).clock(FIXED).build();
        // when
        SlotResult result = finder.find(request);
        // then: a's group 08:00-09:00, b cannot meet with support before 09:00 so gets 09:00-10:00
        assertEquals(SlotResult.Outcome.SPLIT, result.outcome(), result.toString());
        assertEquals(2, result.groups().size(), result.toString());
        assertTrue(result.groups().stream().allMatch(g -> g.attendeeIds().contains("support")));
        assertTrue(!result.groups().get(0).slot().overlaps(result.groups().get(1).slot()));
    }

    @Test
    void the_buffer_after_a_sub_group_session_applies_to_the_support_person() {
        // given: 30 minutes buffer after busy time, none before
        TimeRange window = window("2026-03-23T00:00", "2026-03-24T00:00");
        Attendee a = Attendee.of("a", List.of(busy("2026-03-23T09:00", "2026-03-23T16:00")));
        Attendee b = Attendee.of("b", List.of(busy("2026-03-23T08:00", "2026-03-23T08:30"),
                busy("2026-03-23T11:00", "2026-03-23T16:00")));
        Attendee support = Attendee.required("support", List.of());
        SlotRequest request = SlotRequest.builder(List.of(a, b, support), window)
                .buffers(Duration.ZERO, Duration.ofMinutes(30)).clock(FIXED).build();
        // when
        SlotResult result = finder.find(request);
        // then: a with support 08:00-09:00, then b with support no earlier than 09:30
        assertEquals(cph("2026-03-23T08:00"), result.groups().get(0).slot().start(), result.toString());
        assertEquals(List.of("b", "support"), result.groups().get(1).attendeeIds());
        assertEquals(cph("2026-03-23T09:30"), result.groups().get(1).slot().start(), result.toString());
    }

    @Test
    void a_person_with_no_free_time_is_reported_as_unschedulable() {
        // given
        TimeRange window = window("2026-03-23T00:00", "2026-03-28T00:00");
        Attendee busyAllWeek = Attendee.of("x", List.of(window));
        SlotRequest request = SlotRequest.builder(List.of(Attendee.of("a", List.of()), busyAllWeek), window)
                .clock(FIXED).build();
        // when
        SlotResult result = finder.find(request);
        // then
        assertEquals(SlotResult.Outcome.SPLIT, result.outcome());
        assertEquals(List.of("x"), result.unschedulable());
        assertEquals(List.of("a"), result.groups().get(0).attendeeIds());
        assertTrue(result.reason().contains("No free slot at all for: x"), result.reason());
    }

    @Test
    void a_window_in_the_past_gives_no_slot() {
        // given
        SlotRequest request = SlotRequest.builder(List.of(Attendee.of("a", List.of())),
                window("2025-03-23T00:00", "2025-03-28T00:00")).clock(FIXED).build();
        // when
        SlotResult result = finder.find(request);
        // then
        assertEquals(SlotResult.Outcome.NO_SLOT, result.outcome());
    }

    @Test
    void the_result_does_not_depend_on_the_order_of_busy_intervals() {
        // given
        Random random = new Random(42);
        TimeRange window = window("2026-03-23T00:00", "2026-05-18T00:00");
        List<Attendee> team = new ArrayList<>();
        for (int p = 0; p < 13; p++) {
            team.add(Attendee.of("p" + p, SlotFinderBenchmark.randomBusy(random, window, 15)));
        }
        List<Attendee> shuffled = new ArrayList<>();
        for (Attendee a : team) {
            List<TimeRange> b = new ArrayList<>(a.busy());
            Collections.shuffle(b, new Random(7));
            shuffled.add(Attendee.of(a.id(), b));
        }
        // when
        SlotResult first = finder.find(SlotRequest.builder(team, window).clock(FIXED).build());
        SlotResult second = finder.find(SlotRequest.builder(shuffled, window).clock(FIXED).build());
        // then
        assertEquals(first, second);
    }

    static Stream<Arguments> invalidDurations() {
        return Stream.of(Arguments.of(30), Arguments.of(59), Arguments.of(121), Arguments.of(240));
    }

    @ParameterizedTest(name = "{0} minutes is rejected")
    @MethodSource("invalidDurations")
    void durations_outside_60_to_120_minutes_are_rejected(int minutes) {
        // given
        SlotRequest.Builder builder = SlotRequest.builder(List.of(Attendee.of("a", List.of())),
                window("2026-03-23T00:00", "2026-03-28T00:00")).duration(Duration.ofMinutes(minutes));
        // when / then
        assertThrows(IllegalArgumentException.class, builder::build);
    }
}
