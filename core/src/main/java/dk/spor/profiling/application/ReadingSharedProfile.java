package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.persistence.ProfileReadRow;
import dk.spor.profiling.persistence.ProfileReads;
import dk.spor.profiling.persistence.Profiles;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A manager reads the latest profile of someone in a unit they manage, and only while its owner shares it; anything
 * else is "not found", so that a refusal tells nothing. The read is logged, for the owner to see, before it is answered.
 */
@Singleton
public class ReadingSharedProfile {

    /** Why a manager may read a shared profile at all; recorded with every read. */
    public static final String PURPOSE_DIALOGUE = "DIALOGUE_ON_LEARNING";

    private final Sql sql;
    private final Profiles profiles;
    private final ProfileReads reads;
    private final ShowingProfile showing;
    private final Clock clock;

    public ReadingSharedProfile(Sql sql, Profiles profiles, ProfileReads reads, ShowingProfile showing, Clock clock) {
        this.sql = sql;
        this.profiles = profiles;
        this.reads = reads;
        this.showing = showing;
        this.clock = clock;
    }

    private record Latest(UUID id, boolean shared) {
    }

    @Transactional
    public ProfileView readAsManager(Viewer viewer, UUID person) {
        Problem notShared = Problem.notFound("A shared profile for person " + person);
        Latest latest = sharedLatest(viewer, person).orElseThrow(() -> notShared);
        reads.save(new ProfileReadRow(null, latest.id(), person, viewer.accountId(), Role.MANAGER.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), PURPOSE_DIALOGUE));
        return profiles.findById(latest.id()).map(showing::view).orElseThrow(() -> notShared);
    }

    /**
     * Whether the viewer could read the person's profile now: the person shares it with them. Nothing of the profile
     * is read, so nothing is logged; a manager's page says so before they choose to open it.
     */
    @ReadOnly
    public boolean isShared(Viewer viewer, UUID person) {
        return sharedLatest(viewer, person).isPresent();
    }

    private Optional<Latest> sharedLatest(Viewer viewer, UUID person) {
        if (!viewer.is(Role.MANAGER) || viewer.isSelf(person)) {
            return Optional.empty();
        }
        // the owner's newest profile counts, and only while the owner is still here, in a unit the viewer manages
        return sql.first("""
                        select p.id, p.shared_with_manager from profile p join person o on o.id = p.person_id
                        where p.person_id = ? and o.left_at is null and o.unit_id = any(?)
                        order by p.computed_at desc""",
                        row -> new Latest(row.uuid("id"), row.bool("shared_with_manager")), person,
                        viewer.managedUnits())
                .filter(Latest::shared)
                // declining a later round withdraws the profile from the manager too
                .filter(l -> sql.exists("select 1 from profile p where p.id = ? and "
                        + ReadingCurrentProfile.NOT_DECLINED_SINCE, l.id()));
    }
}
