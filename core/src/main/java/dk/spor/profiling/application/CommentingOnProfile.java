package dk.spor.profiling.application;

import dk.spor.profiling.persistence.Profiles;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/** An employee adds context to their own profile in their own words, changes it, or removes it (blank). */
@Singleton
public class CommentingOnProfile {

    private final Profiles profiles;
    private final ShowingProfile showing;

    public CommentingOnProfile(Profiles profiles, ShowingProfile showing) {
        this.profiles = profiles;
        this.showing = showing;
    }

    @Transactional
    public ProfileView comment(UUID person, UUID profile, @Nullable String comment) {
        return profiles.findByIdAndPersonId(profile, person)
                .map(row -> profiles.update(row.commented(comment == null || comment.isBlank() ? null : comment.strip())))
                .map(showing::view)
                .orElseThrow(() -> Problem.notFound("A profile with id " + profile));
    }
}
