package dk.spor.goals.application;

import dk.spor.goals.persistence.ProgrammeCompetenceRow;
import dk.spor.goals.persistence.ProgrammeCompetences;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** The competences a programme tracks, in order, for anyone who may read the programme. */
@Singleton
public class ReadingProgrammeCompetences {

    private final ProgrammeCompetences competences;
    private final ProgrammeAccess access;

    public ReadingProgrammeCompetences(ProgrammeCompetences competences, ProgrammeAccess access) {
        this.competences = competences;
        this.access = access;
    }

    @Transactional
    public List<CompetenceView> list(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        return CompetenceView.of(competences.findByIdProgrammeIdOrderByPosition(programme).stream()
                .map(ProgrammeCompetenceRow::competence).toList());
    }
}
