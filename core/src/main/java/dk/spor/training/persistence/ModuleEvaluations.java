package dk.spor.training.persistence;

import dk.spor.statistics.model.Change;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Module evaluations; each participant evaluates a module once. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ModuleEvaluations extends GenericRepository<ModuleEvaluationRow, UUID> {

    /**
     * Stores the evaluation unless the person has evaluated the module already; returns 0 (false) then. PostgreSQL's
     * {@code on conflict} makes a second submission at the same moment (a double click) a refusal, not an error.
     */
    @Query("""
            insert into module_evaluation (id, module_id, person_id, submitted_at, overall, realistic, recognised,
                autonomous, meaningful, developing, healthy_safe, why)
            values (:id, :moduleId, :personId, :submittedAt, :overall, :realistic, :recognised, :autonomous,
                :meaningful, :developing, :healthySafe, :why)
            on conflict (module_id, person_id) do nothing""")
    int saveFirst(UUID id, UUID moduleId, UUID personId, Instant submittedAt, int overall, Change realistic,
                  Change recognised, Change autonomous, Change meaningful, Change developing, Change healthySafe,
                  String why);

    /** As {@link #saveFirst(UUID, UUID, UUID, Instant, int, Change, Change, Change, Change, Change, Change, String)}. */
    default boolean saveFirst(ModuleEvaluationRow e) {
        return saveFirst(e.id(), e.moduleId(), e.personId(), e.submittedAt(), e.overall(), e.realistic(),
                e.recognised(), e.autonomous(), e.meaningful(), e.developing(), e.healthySafe(), e.why()) > 0;
    }

    List<ModuleEvaluationRow> findByModuleId(UUID moduleId);
}
