package dk.spor.profiling.application;

import dk.spor.profiling.persistence.Profiles;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Mine first: an employee's own profiles, each with the answers behind it and the offers for its types. */
@Singleton
public class ReadingMyProfiles {

    private final Profiles profiles;
    private final ShowingProfile showing;

    public ReadingMyProfiles(Profiles profiles, ShowingProfile showing) {
        this.profiles = profiles;
        this.showing = showing;
    }

    /** Newest first. */
    @ReadOnly
    public List<ProfileView> mine(UUID person) {
        return profiles.findByPersonIdOrderByComputedAtDesc(person).stream().map(showing::view).toList();
    }

    /** One of the person's own profiles; anyone else's is "not found". */
    @ReadOnly
    public ProfileView one(UUID person, UUID profile) {
        return profiles.findByIdAndPersonId(profile, person).map(showing::view)
                .orElseThrow(() -> Problem.notFound("A profile with id " + profile));
    }
}
