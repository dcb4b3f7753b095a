package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.spor.booking.model.BookingStatus.CANCELLED;
import static dk.spor.booking.model.BookingStatus.CONFIRMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What a new plan changes in the bookings a programme has: a table of existing bookings, plans and outcomes. */
class PlanDiffTest {

    private static final UUID PROGRAMME = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    private static final UUID ANNE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID BO = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID CECILIE = UUID.fromString("00000000-0000-0000-0000-000000000003");

    private static final BookingKey HERE = new BookingKey(1, TEAM, 0);
    private static final BookingKey THERE = new BookingKey(2, TEAM, 0);
    private static final TimeRange NINE = slot("2027-03-02T08:00:00Z");
    private static final TimeRange ELEVEN = slot("2027-03-02T10:00:00Z");

    private static TimeRange slot(String start) {
        Instant at = Instant.parse(start);
        return new TimeRange(at, at.plusSeconds(5400));
    }

    private static ExistingBooking booked(BookingKey key, int sequence, BookingStatus status, TimeRange slot,
                                          UUID... people) {
        return new ExistingBooking(key, UUID.nameUUIDFromBytes(key.toString().getBytes()), "uid-" + key.gap(),
                sequence, status, slot, Set.of(people));
    }

    private static PlannedBlock planned(BookingKey key, TimeRange slot, UUID... people) {
        Map<UUID, AttendeeRole> attendees = new LinkedHashMap<>();
        for (int i = 0; i < people.length; i++) {
            attendees.put(people[i], i == 0 ? AttendeeRole.SUPPORT : AttendeeRole.PARTICIPANT);
        }
        return new PlannedBlock(key, slot, attendees);
    }

    /** A notice reduced to what the table states: UID, SEQUENCE, cancelled, who is told, who is removed. */
    private record Told(String uid, int sequence, boolean cancelled, Set<UUID> attendees, Set<UUID> removed) {
    }

    private static Told told(String uid, int sequence, boolean cancelled, Set<UUID> attendees, Set<UUID> removed) {
        return new Told(uid, sequence, cancelled, attendees, removed);
    }

    static Stream<Arguments> plans() {
        String newUid = HERE.uid(PROGRAMME);
        return Stream.of(
                // name, existing, plan, created, moved, cancelled, unchanged, notices
                arguments("a first plan creates the block with its place's UID and SEQUENCE 0",
                        List.of(), List.of(planned(HERE, NINE, BO, ANNE)), 1, 0, 0, 0,
                        List.of(told(newUid, 0, false, Set.of(BO, ANNE), Set.of()))),
                arguments("the same time and people leave the booking untouched and tell nobody",
                        List.of(booked(HERE, 3, CONFIRMED, NINE, ANNE, BO)), List.of(planned(HERE, NINE, BO, ANNE)),
                        0, 0, 0, 1, List.of()),
                arguments("another time moves the booking: same UID, SEQUENCE one higher",
                        List.of(booked(HERE, 3, CONFIRMED, NINE, ANNE, BO)), List.of(planned(HERE, ELEVEN, BO, ANNE)),
                        0, 1, 0, 0, List.of(told("uid-1", 4, false, Set.of(BO, ANNE), Set.of()))),
                arguments("someone who left the block gets a cancellation; the rest an update",
                        List.of(booked(HERE, 0, CONFIRMED, NINE, ANNE, BO, CECILIE)),
                        List.of(planned(HERE, NINE, BO, ANNE)),
                        0, 1, 0, 0, List.of(told("uid-1", 1, false, Set.of(BO, ANNE), Set.of(CECILIE)))),
                arguments("someone new in the block changes it even at the same time",
                        List.of(booked(HERE, 0, CONFIRMED, NINE, BO)), List.of(planned(HERE, NINE, BO, ANNE)),
                        0, 1, 0, 0, List.of(told("uid-1", 1, false, Set.of(BO, ANNE), Set.of()))),
                arguments("a confirmed booking the plan no longer wants is cancelled and its people told",
                        List.of(booked(HERE, 2, CONFIRMED, NINE, ANNE, BO)), List.of(), 0, 0, 1, 0,
                        List.of(told("uid-1", 3, true, Set.of(ANNE, BO), Set.of()))),
                arguments("a booking cancelled before stays as it is when the plan does not want it",
                        List.of(booked(HERE, 2, CANCELLED, NINE)), List.of(), 0, 0, 0, 0, List.of()),
                arguments("a cancelled booking wanted again at the same time is confirmed again, SEQUENCE one higher",
                        List.of(booked(HERE, 2, CANCELLED, NINE)), List.of(planned(HERE, NINE, BO, ANNE)),
                        0, 1, 0, 0, List.of(told("uid-1", 3, false, Set.of(BO, ANNE), Set.of()))),
                arguments("a block at another place is new, and the old place is cancelled",
                        List.of(booked(HERE, 0, CONFIRMED, NINE, ANNE, BO)), List.of(planned(THERE, NINE, BO, ANNE)),
                        1, 0, 1, 0, List.of(told(THERE.uid(PROGRAMME), 0, false, Set.of(BO, ANNE), Set.of()),
                                told("uid-1", 1, true, Set.of(ANNE, BO), Set.of()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void a_new_plan_changes_only_what_changed_and_tells_only_whom_it_concerns(
            String name, List<ExistingBooking> existing, List<PlannedBlock> plan, int created, int moved,
            int cancelled, int unchanged, List<Told> notices) {
        // when
        PlanDiff diff = PlanDiff.between(PROGRAMME, existing, plan);

        // then
        assertEquals(List.of(created, moved, cancelled, unchanged),
                List.of(diff.created().size(), diff.moved().size(), diff.cancelled().size(), diff.unchanged()),
                "created, moved, cancelled, unchanged");
        assertEquals(notices, diff.notices().stream().map(n -> told(n.uid(), n.sequence(), n.cancelled(),
                Set.copyOf(n.attendees()), n.removed())).toList());
    }

    @Test
    void a_moved_booking_keeps_its_id_and_a_cancelled_one_keeps_its_time() {
        // given
        ExistingBooking moving = booked(HERE, 0, CONFIRMED, NINE, ANNE, BO);
        ExistingBooking going = booked(THERE, 5, CONFIRMED, ELEVEN, ANNE, BO);

        // when
        PlanDiff diff = PlanDiff.between(PROGRAMME, List.of(moving, going), List.of(planned(HERE, ELEVEN, BO, ANNE)));

        // then
        assertEquals(moving.id(), diff.moved().get(0).before().id());
        assertEquals(ELEVEN, diff.moved().get(0).after().slot());
        assertEquals(ELEVEN, diff.notices().get(1).slot(), "the cancellation names the time that is cancelled");
        assertEquals(2, diff.notices().get(1).afterModule());
    }

    @Test
    void the_uid_of_a_place_is_the_same_on_every_plan_and_differs_between_places() {
        // then
        assertEquals(HERE.uid(PROGRAMME), new BookingKey(1, TEAM, 0).uid(PROGRAMME));
        assertTrue(HERE.uid(PROGRAMME).endsWith("@spor"));
        assertEquals(3, Stream.of(HERE, THERE, new BookingKey(1, TEAM, 1)).map(k -> k.uid(PROGRAMME)).distinct().count());
    }
}
