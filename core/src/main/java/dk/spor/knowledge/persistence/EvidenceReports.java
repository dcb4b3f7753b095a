package dk.spor.knowledge.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** People's reports of what trying a use case gave. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EvidenceReports extends CrudRepository<EvidenceRow, UUID> {

    /**
     * Each person's latest report on the use case: a person counts once, by what they said last. A report kept with
     * no link to anyone after its author's data was deleted counts as one person of its own.
     */
    @Query("""
            select distinct on (coalesce(person_id, id)) id, use_case_id, person_id, programme_id,
                   minutes_saved_per_use, quality, service, problems, will_keep_using, recorded_at
            from use_case_evidence where use_case_id = :useCaseId
            order by coalesce(person_id, id), recorded_at desc, id""")
    List<EvidenceRow> findLatestPerPerson(String useCaseId);

    /** How many different people reported on each of these use cases; cases nobody tried are left out. */
    @Query("""
            select use_case_id, count(distinct coalesce(person_id, id)) as people from use_case_evidence
            where use_case_id = any(:useCaseIds) group by use_case_id""")
    List<TriedBy> findTriedBy(@TypeDef(type = DataType.STRING_ARRAY) String[] useCaseIds);
}
