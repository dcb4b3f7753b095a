package dk.spor.booking.application;

import dk.spor.booking.model.Answering;
import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.InvitationText;
import dk.spor.booking.persistence.BookingAnswers;
import dk.spor.booking.persistence.GuestSeats;
import dk.spor.calendars.AnswerReader;
import dk.spor.calendars.AnswerReader.PartStat;
import dk.spor.notification.application.NotifyingPeople;
import dk.spor.notification.model.NotificationText;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records an attendee's answer to a booking — mailed back as an iTIP REPLY, or read back as PARTSTAT from their
 * CalDAV calendar — on the booking, by the rules in {@link Answering}. A decline has consequences, in the same
 * transaction: the person is told that they can choose another time in the same period (or that none fits, and to
 * talk to their support person), and the support person is told when the block is left with fewer than two
 * participants coming.
 */
@Singleton
public class RecordingAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingAnswers.class);

    private final BookingAnswers answers;
    private final GuestSeats seats;
    private final NotifyingPeople notifying;
    private final Clock clock;

    public RecordingAnswers(BookingAnswers answers, GuestSeats seats, NotifyingPeople notifying, Clock clock) {
        this.answers = answers;
        this.seats = seats;
        this.notifying = notifying;
        this.clock = clock;
    }

    /** Where an answer came from: mailed back, read back from CalDAV, or given in Spor itself (the feed cannot answer). */
    public enum Source { MAIL, CALDAV, SPOR }

    /** What became of an answer. */
    public enum Result { RECORDED, UNCHANGED, IGNORED }

    /**
     * Records one answer.
     *
     * @param answer the answer as read from the calendar text
     * @param source where it came from
     * @param sender the mail's sender address, used when the attendee address in the answer is not one Spor invited
     *               (Outlook answers from an alias); empty for CalDAV
     */
    @Transactional
    public Result record(AnswerReader.Answer answer, Source source, Optional<String> sender) {
        Optional<BookingAnswers.Answered> found = answers.booking(answer.uid());
        if (found.isEmpty()) {
            LOG.info("An answer to {} is ignored: Spor has no such booking", answer.uid());
            return Result.IGNORED;
        }
        BookingAnswers.Answered booking = found.get();
        if (booking.status() == BookingStatus.CANCELLED) {
            LOG.info("An answer to booking {} is ignored: it is cancelled", answer.uid());
            return Result.IGNORED;
        }
        Optional<BookingAnswers.Seat> seat = seat(booking, answer.email())
                .or(() -> sender.flatMap(s -> seat(booking, s)));
        if (seat.isEmpty()) {
            LOG.info("An answer to booking {} is ignored: it comes from nobody invited to it", answer.uid());
            return Result.IGNORED;
        }
        BookingAnswers.Seat who = seat.get();
        if (source != Source.MAIL && answer.partStat() == PartStat.NEEDS_ACTION) {
            // that is what Spor itself wrote into the calendar
            return Result.UNCHANGED;
        }
        // a client's DTSTAMP orders mailed answers; an answer read back or given in Spor is as of now
        Instant at = source == Source.MAIL ? answer.answeredAt().orElse(clock.instant()) : clock.instant();
        Optional<String> ignored = Answering.ignored(answer.sequence(), booking.sequence(),
                source == Source.MAIL ? answer.answeredAt() : Optional.empty(), who.answeredAt());
        if (ignored.isPresent()) {
            LOG.info("An answer to booking {} is ignored: it {}", answer.uid(), ignored.get());
            return Result.IGNORED;
        }
        PartStat before = PartStat.of(who.partstat()).orElse(PartStat.NEEDS_ACTION);
        if (before == answer.partStat()) {
            answers.record(booking.id(), who.personId(), answer.partStat().value(), at);
            return Result.UNCHANGED;
        }
        answers.record(booking.id(), who.personId(), answer.partStat().value(), at);
        LOG.info("Booking {}: an attendee answered {} ({})", answer.uid(), answer.partStat(), source);
        if (Answering.coming(before) && !Answering.coming(answer.partStat())) {
            declined(booking, who);
        }
        return Result.RECORDED;
    }

    /**
     * The person's own answer given in Spor, to the booking as it is now: the way to answer for people whose calendar
     * is the feed, which cannot answer.
     */
    @Transactional
    public Result answer(java.util.UUID person, String uid, PartStat said) {
        BookingAnswers.Answered booking = answers.booking(uid)
                .filter(b -> b.seats().stream().anyMatch(s -> s.personId().equals(person)))
                .orElseThrow(() -> dk.spor.web.Problem.notFound("A booking " + uid + " of yours"));
        if (booking.status() == BookingStatus.CANCELLED) {
            throw dk.spor.web.Problem.conflict("This block is cancelled; there is nothing to answer.");
        }
        BookingAnswers.Seat who = booking.seats().stream().filter(s -> s.personId().equals(person)).findFirst()
                .orElseThrow();
        return record(new AnswerReader.Answer(java.util.Optional.empty(), uid, java.util.Optional.of(booking.sequence()),
                java.util.Optional.empty(), java.util.Optional.of(clock.instant()), who.email(), said), Source.SPOR,
                java.util.Optional.empty());
    }

    private void declined(BookingAnswers.Answered booking, BookingAnswers.Seat who) {
        String when = "(" + InvitationText.when(booking.start(), booking.end()) + ")";
        if (who.role() == AttendeeRole.PARTICIPANT) {
            boolean other = !seats.others(booking.programmeId(), booking.gap(), who.personId(), clock.instant())
                    .isEmpty();
            notifying.people(List.of(who.personId()), booking.programmeId(), other
                    ? NotificationText.ACTION_LEARNING_DECLINED : NotificationText.ACTION_LEARNING_DECLINED_NO_OTHER,
                    when);
        }
        int comingBefore = 0;
        int comingAfter = 0;
        for (BookingAnswers.Seat s : booking.seats()) {
            if (s.role() != AttendeeRole.PARTICIPANT) {
                continue;
            }
            boolean comingNow = Answering.coming(PartStat.of(s.partstat()).orElse(PartStat.NEEDS_ACTION));
            comingBefore += comingNow ? 1 : 0;
            comingAfter += comingNow && !s.personId().equals(who.personId()) ? 1 : 0;
        }
        if (Answering.tellSupportPerson(comingBefore, comingAfter)) {
            List<java.util.UUID> support = booking.seats().stream().filter(s -> s.role() == AttendeeRole.SUPPORT)
                    .filter(s -> !s.personId().equals(who.personId()))
                    .map(BookingAnswers.Seat::personId).toList();
            notifying.people(support, booking.programmeId(), NotificationText.ACTION_LEARNING_BELOW_TWO, when);
        }
    }

    private static Optional<BookingAnswers.Seat> seat(BookingAnswers.Answered booking, String email) {
        String e = email.strip().toLowerCase(Locale.ROOT);
        return booking.seats().stream().filter(s -> s.email().equals(e)).findFirst();
    }
}
