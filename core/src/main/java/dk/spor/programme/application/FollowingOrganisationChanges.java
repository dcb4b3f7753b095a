package dk.spor.programme.application;

import dk.spor.organisation.application.OrganisationChanged;
import dk.spor.programme.persistence.ProgrammeRow;
import dk.spor.programme.persistence.Programmes;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * After an organisation import, the enrolments of every programme that is not completed follow who joined, moved
 * and left, inside the import's transaction. A completed programme keeps who took part.
 */
@Singleton
public class FollowingOrganisationChanges {

    private final Programmes programmes;
    private final EnrollingWholeUnits enrolling;

    FollowingOrganisationChanges(Programmes programmes, EnrollingWholeUnits enrolling) {
        this.programmes = programmes;
        this.enrolling = enrolling;
    }

    @EventListener
    @Transactional
    public void onOrganisationChanged(OrganisationChanged changed) {
        for (ProgrammeRow programme : programmes.findAll()) {
            if (programme.state().isOpen()) {
                enrolling.enrol(programme.id());
            }
        }
    }
}
