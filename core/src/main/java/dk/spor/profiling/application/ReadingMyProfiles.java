package dk.spor.profiling.application;

import dk.spor.profiling.persistence.ProfileRow;
import dk.spor.profiling.persistence.Profiles;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mine first: an employee's own profiles, each with the answers behind it and the offers for its types. A profile
 * from before a round the person declined stays in their history, but without offers: nothing is tailored from it.
 */
@Singleton
public class ReadingMyProfiles {

    private final Profiles profiles;
    private final ShowingProfile showing;
    private final ReadingCurrentProfile current;

    public ReadingMyProfiles(Profiles profiles, ShowingProfile showing, ReadingCurrentProfile current) {
        this.profiles = profiles;
        this.showing = showing;
        this.current = current;
    }

    /** Newest first. */
    @ReadOnly
    public List<ProfileView> mine(UUID person) {
        Optional<Instant> declined = current.declinedSince(person);
        return profiles.findByPersonIdOrderByComputedAtDesc(person).stream()
                .map(row -> showing.view(row, tailored(row, declined))).toList();
    }

    /** One of the person's own profiles; anyone else's is "not found". */
    @ReadOnly
    public ProfileView one(UUID person, UUID profile) {
        Optional<Instant> declined = current.declinedSince(person);
        return profiles.findByIdAndPersonId(profile, person).map(row -> showing.view(row, tailored(row, declined)))
                .orElseThrow(() -> Problem.notFound("A profile with id " + profile));
    }

    private static boolean tailored(ProfileRow row, Optional<Instant> declined) {
        return declined.filter(at -> at.isAfter(row.computedAt())).isEmpty();
    }
}
