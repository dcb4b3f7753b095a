package dk.spor.booking.application;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.persistence.BookingReads;
import dk.spor.programme.model.ProgrammeTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person's own action-learning blocks, as a participant or as the support person: when, with whom, and after which
 * module. What the calendar invitation says, and the programme it belongs to.
 */
@Singleton
public class ReadingMyBookings {

    private final BookingReads reads;

    public ReadingMyBookings(BookingReads reads) {
        this.reads = reads;
    }

    /**
     * {@code role} is PARTICIPANT or SUPPORT; {@code start}/{@code end} are Europe/Copenhagen wall time;
     * {@code answer} is the person's own answer as iCalendar says it (NEEDS-ACTION, ACCEPTED, TENTATIVE, DECLINED);
     * {@code guest} when they chose this block after declining their own team's.
     */
    @Serdeable
    public record MyBooking(String uid, UUID programmeId, String programmeName, int afterModule, AttendeeRole role,
                            Instant startUtc, Instant endUtc, LocalDateTime start, LocalDateTime end, String unitName,
                            @Nullable String supportPerson, List<String> withPeople, String answer, boolean guest) {
    }

    /**
     * The person's confirmed bookings ending at or after {@code from}, in time order; one programme when given.
     */
    @Transactional
    public List<MyBooking> of(UUID person, @Nullable UUID programme, Instant from) {
        return reads.ofPerson(person, programme, from).stream().map(b -> new MyBooking(b.uid(), b.programmeId(),
                b.programmeName(), b.afterModule(), b.role(), b.start(), b.end(),
                LocalDateTime.ofInstant(b.start(), ProgrammeTime.ZONE), LocalDateTime.ofInstant(b.end(), ProgrammeTime.ZONE),
                b.unitName(), b.supportPerson(), b.withPeople(), b.partstat(), b.guest())).toList();
    }
}
