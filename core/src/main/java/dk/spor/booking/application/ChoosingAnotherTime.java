package dk.spor.booking.application;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.persistence.BookingAnswers;
import dk.spor.booking.persistence.GuestSeats;
import dk.spor.calendars.AnswerReader.PartStat;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone who declined their action-learning block can take a seat in another team's block in the same period
 * instead: protected time is not lost with one clash, it still comes with a support person, and the other blocks are
 * already in people's calendars, so nobody else's time moves. The blocks offered are those of the same programme and
 * gap, not yet begun, that fit the person's busy time and bookings. Choosing one seats them there as a guest who has
 * said yes, and sends them its invitation on their channel; choosing again gives up the earlier seat (with an
 * uninvitation). The plan keeps a guest's seat until the block itself moves or is cancelled.
 */
@Singleton
public class ChoosingAnotherTime {

    private final BookingAnswers answers;
    private final GuestSeats seats;
    private final InvitingAttendees inviting;
    private final Clock clock;

    public ChoosingAnotherTime(BookingAnswers answers, GuestSeats seats, InvitingAttendees inviting, Clock clock) {
        this.answers = answers;
        this.seats = seats;
        this.inviting = inviting;
        this.clock = clock;
    }

    /** A block that would have the person; {@code start}/{@code end} are Europe/Copenhagen wall time. */
    @Serdeable
    public record OtherTime(String uid, Instant startUtc, Instant endUtc, LocalDateTime start, LocalDateTime end,
                            String unitName, @Nullable String supportPerson) {
    }

    /** The other times the person can choose instead of a block they declined. */
    @Transactional
    public List<OtherTime> offered(UUID person, String declinedUid) {
        BookingAnswers.Answered declined = declined(person, declinedUid);
        return seats.others(declined.programmeId(), declined.gap(), person, clock.instant()).stream()
                .map(o -> new OtherTime(o.uid(), o.start(), o.end(), LocalDateTime.ofInstant(o.start(),
                        ProgrammeTime.ZONE), LocalDateTime.ofInstant(o.end(), ProgrammeTime.ZONE), o.unitName(),
                        o.supportPerson())).toList();
    }

    /** Seats the person in another block instead of the one they declined; returns that block. */
    @Transactional
    public OtherTime choose(UUID person, String declinedUid, String chosenUid) {
        BookingAnswers.Answered declined = declined(person, declinedUid);
        OtherTime chosen = offered(person, declinedUid).stream().filter(o -> o.uid().equals(chosenUid)).findFirst()
                .orElseThrow(() -> Problem.conflict("That block is not one you can choose instead: it may have begun,"
                        + " be in another period, or clash with your calendar. Ask for the other times again."));
        List<InvitingAttendees.Message> messages = new ArrayList<>();
        Optional<String> earlier = seats.seatIn(declined.programmeId(), declined.gap(), person);
        if (earlier.isPresent()) {
            seats.leave(earlier.get(), person);
            int sequence = answers.booking(earlier.get()).map(BookingAnswers.Answered::sequence).orElse(0);
            messages.add(new InvitingAttendees.Message(person, earlier.get(), InvitationMethod.CANCEL, sequence));
        }
        int sequence = seats.take(chosenUid, person, clock.instant());
        messages.add(new InvitingAttendees.Message(person, chosenUid, InvitationMethod.REQUEST, sequence));
        inviting.send(messages);
        return chosen;
    }

    private BookingAnswers.Answered declined(UUID person, String uid) {
        BookingAnswers.Answered booking = answers.booking(uid)
                .orElseThrow(() -> Problem.notFound("A booking " + uid + " of yours"));
        BookingAnswers.Seat seat = booking.seats().stream().filter(s -> s.personId().equals(person)).findFirst()
                .orElseThrow(() -> Problem.notFound("A booking " + uid + " of yours"));
        PartStat said = PartStat.of(seat.partstat()).orElse(PartStat.NEEDS_ACTION);
        if (seat.role() != AttendeeRole.PARTICIPANT || seat.guest()
                || (said != PartStat.DECLINED && said != PartStat.DELEGATED)) {
            throw Problem.conflict("Another time is offered for a block of your own team that you declined; decline"
                    + " it first, in your calendar or in Spor.");
        }
        return booking;
    }
}
