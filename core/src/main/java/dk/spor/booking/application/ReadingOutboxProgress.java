package dk.spor.booking.application;

import dk.spor.booking.persistence.BookingReads;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How a programme's invitations and cancellations are getting out, for HR: per channel (e-mail, CalDAV) how many are
 * sent, how many wait for their turn, and how many are failing, with the technical reason and when they are tried
 * again. Read from the outbox as it is; nobody is named.
 */
@Singleton
public class ReadingOutboxProgress {

    private final BookingReads reads;

    public ReadingOutboxProgress(BookingReads reads) {
        this.reads = reads;
    }

    public record Failure(String reason, int invitations, int attempts, Instant nextAttempt) {
    }

    public record Channel(String channel, int sent, int waiting, int failing, Instant nextAttempt,
                          List<Failure> failures) {
    }

    /** Every channel the programme's invitations went into, in a fixed order; empty before anything was queued. */
    @ReadOnly
    public List<Channel> of(UUID programme) {
        List<BookingReads.Failure> failures = reads.deliveryFailures(programme);
        return reads.deliveryCounts(programme).stream().map(c -> new Channel(c.channel(), c.sent(), c.waiting(),
                c.failing(), c.nextAttempt(), failures.stream().filter(f -> f.channel().equals(c.channel()))
                .map(f -> new Failure(f.reason(), f.invitations(), f.attempts(), f.nextAttempt())).toList()))
                .toList();
    }
}
