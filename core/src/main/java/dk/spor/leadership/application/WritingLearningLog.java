package dk.spor.leadership.application;

import dk.spor.database.Sql;
import dk.spor.leadership.persistence.LearningLogEntries;
import dk.spor.leadership.persistence.LearningLogEntryRow;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Adds to the learning log of a unit in the programme: HR for any unit, managers for units they manage, a participant
 * for their own unit.
 */
@Singleton
public class WritingLearningLog {

    private final Sql sql;
    private final LearningLogEntries entries;
    private final ReadingLearningLog log;
    private final ProgrammeAccess access;
    private final Clock clock;

    public WritingLearningLog(Sql sql, LearningLogEntries entries, ReadingLearningLog log, ProgrammeAccess access,
                              Clock clock) {
        this.sql = sql;
        this.entries = entries;
        this.log = log;
        this.access = access;
        this.clock = clock;
    }

    /** Where the entry stands: in one of the programme's units (or below), in the viewer's own unit, its module. */
    private record Fit(boolean unitInProgramme, boolean ownUnit, boolean moduleFits) {
    }

    @Transactional
    public LogEntry log(Viewer viewer, UUID programme, NewEntry entry) {
        access.requireReader(viewer, programme);
        Fit fit = sql.one("""
                with recursive tree as (select unit_id as id from programme_unit where programme_id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id)
                select exists(select 1 from tree where id = ?) as unit_in_programme,
                       exists(select 1 from person where id = ? and unit_id = ? and left_at is null) as own_unit,
                       ?::uuid is null or exists(select 1 from training_module where id = ? and programme_id = ?)
                           as module_fits""",
                row -> new Fit(row.bool("unit_in_programme"), row.bool("own_unit"), row.bool("module_fits")),
                programme, entry.unitId(), viewer.personId(), entry.unitId(), entry.moduleId(), entry.moduleId(),
                programme);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!fit.unitInProgramme()) {
            errors.add(Problem.FieldError.field("unitId", "is not one of the programme's units"));
        }
        if (!fit.moduleFits()) {
            errors.add(Problem.FieldError.field("moduleId", "is not a module of this programme"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("The entry does not fit this programme; nothing was written.", errors);
        }
        if (!viewer.is(Role.HR) && !viewer.manages(entry.unitId()) && !fit.ownUnit()) {
            throw Problem.forbidden("You can write in the learning log of your own unit or the units you manage.");
        }
        LearningLogEntryRow row = entries.save(new LearningLogEntryRow(UUID.randomUUID(), programme, entry.unitId(),
                entry.source(), entry.moduleId(), entry.whatWeDid().strip(), entry.whatHappened().strip(),
                entry.whatWeLearned().strip(), entry.whatItMeans().strip(), viewer.personId(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        return log.entry(viewer, programme, row.id());
    }
}
