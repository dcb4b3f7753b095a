package dk.spor.profiling.application;

import dk.spor.profiling.persistence.Profiles;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An employee shares one of their profiles with their manager, or withdraws it; it is theirs to decide. */
@Singleton
public class SharingProfile {

    private final Profiles profiles;
    private final ShowingProfile showing;
    private final Clock clock;

    public SharingProfile(Profiles profiles, ShowingProfile showing, Clock clock) {
        this.profiles = profiles;
        this.showing = showing;
        this.clock = clock;
    }

    @Transactional
    public ProfileView share(UUID person, UUID profile, boolean shared) {
        return profiles.findByIdAndPersonId(profile, person)
                .map(row -> profiles.update(row.shared(shared, clock.instant().truncatedTo(ChronoUnit.MICROS))))
                .map(showing::view)
                .orElseThrow(() -> Problem.notFound("A profile with id " + profile));
    }
}
