package dk.spor.leadership.web;

import dk.spor.programme.application.ListingManagedProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import jakarta.inject.Singleton;

/** The programme in a leadership-track address, which the viewer must lead; any other is a 404, as in the API. */
@Singleton
class TrackInAddress {

    private final ListingManagedProgrammes managed;

    TrackInAddress(ListingManagedProgrammes managed) {
        this.managed = managed;
    }

    Track of(Viewer viewer, String programmeId, String part) {
        return managed.list(viewer).stream().filter(p -> p.id().toString().equals(programmeId))
                .map(p -> new Track(p.id(), p.name(), part, p.managesUnit() || viewer.is(Role.HR))).findFirst()
                .orElseThrow(() -> Problem.notFound("A programme with id " + programmeId));
    }
}
