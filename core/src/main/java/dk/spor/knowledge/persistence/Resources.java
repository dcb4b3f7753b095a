package dk.spor.knowledge.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** The library's resources, found by Danish full-text search, tags, sector, language and attitude type. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Resources extends CrudRepository<ResourceRow, UUID> {

    String COLUMNS = """
            r.id, r.kind, r.title, r.summary, r.url, r.language, r.tags, r.sector_id, r.attitude_types, r.created_by,
            r.created_at""";

    /**
     * Every criterion may be null. {@code attitudeType} keeps the resources for that type and those for everyone,
     * the ones for the type first. Best text match first, then newest, then by title. (No parameter bears the name
     * of a column of another type, such as kind: Micronaut Data would bind it as that column.)
     */
    @Query("with q as (select " + DanishSearch.PREFIX_QUERY + " as query)\n"
            + "select " + COLUMNS + """

            from resource r, q
            where (numnode(q.query) = 0 or r.search @@ q.query)
              and (cast(:ofKind as text) is null or r.kind = :ofKind)
              and (cast(:tag as text) is null or r.tags @> array[cast(:tag as text)])
              and (cast(:sector as text) is null or r.sector_id = :sector)
              and (cast(:inLanguage as text) is null or r.language = :inLanguage)
              and (cast(:attitudeType as text) is null or r.attitude_types @> array[cast(:attitudeType as text)]
                   or r.attitude_types = '{}')
            order by case when numnode(q.query) = 0 then 0 else ts_rank(r.search, q.query) end desc,
                     (cast(:attitudeType as text) is not null and r.attitude_types = '{}'), r.created_at desc, r.title""")
    List<ResourceRow> search(String text, @Nullable String ofKind, @Nullable String tag, @Nullable String sector,
                             @Nullable String inLanguage, @Nullable String attitudeType);

    List<ResourceRow> findBySectorId(String sectorId);

    @Query("select " + COLUMNS + " from resource r where r.attitude_types @> array[cast(:attitudeType as text)]")
    List<ResourceRow> findMarkedFor(String attitudeType);

    /** Resources that match any of the words ({@code text}, web-search syntax) or carry the tag. */
    @Query("with q as (select " + DanishSearch.PREFIX_QUERY + " as query)\n"
            + "select " + COLUMNS + """

            from resource r, q
            where (numnode(q.query) > 0 and r.search @@ q.query) or r.tags @> array[cast(:tag as text)]""")
    List<ResourceRow> findAbout(String text, String tag);
}
