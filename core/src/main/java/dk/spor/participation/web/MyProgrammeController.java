package dk.spor.participation.web;

import dk.spor.booking.application.ReadingMyBookings;
import dk.spor.participation.application.FollowingMyProgramme;
import dk.spor.programme.application.ListingMyProgrammes;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** "Mit forløb": the programmes and action-learning blocks of the signed-in person, and nobody else's. */
@Controller("/api/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MyProgrammeController {

    private final ListingMyProgrammes listing;
    private final FollowingMyProgramme following;
    private final ReadingMyBookings bookings;
    private final Viewers viewers;
    private final Clock clock;

    public MyProgrammeController(ListingMyProgrammes listing, FollowingMyProgramme following, ReadingMyBookings bookings,
                                 Viewers viewers, Clock clock) {
        this.listing = listing;
        this.following = following;
        this.bookings = bookings;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Operation(summary = "The programmes you take part in or support, with your next session and action-learning block.")
    @Get("/programmes")
    public List<ListingMyProgrammes.MyProgrammeLine> list(Authentication authentication) {
        return listing.list(viewers.of(authentication));
    }

    @Operation(summary = "Your programme: modules with your attendance, the goals each module follows up and sets,"
            + " and your action-learning blocks between modules.")
    @Get("/programmes/{id}")
    public FollowingMyProgramme.MyProgramme get(UUID id, Authentication authentication) {
        return following.get(viewers.of(authentication), id);
    }

    @Operation(summary = "Your action-learning blocks, as participant or support person; upcoming by default,"
            + " or from a given time (ISO-8601, e.g. 2026-01-01T00:00:00Z).")
    @Get("/bookings{?programmeId,from}")
    public List<ReadingMyBookings.MyBooking> bookings(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue Instant from,
                                               Authentication authentication) {
        return bookings.of(viewers.of(authentication).requirePerson(), programmeId, from == null ? clock.instant() : from);
    }
}
