package dk.spor.knowledge.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The use-case catalogue, read-only: its rows come from the migrations. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UseCases extends GenericRepository<UseCaseRow, String> {

    String COLUMNS = """
            u.id, u.category_no, u.category_da, u.category_en, u.title_da, u.title_en, u.summary_da, u.summary_en,
            u.gains, u.horizon, u.risk_flags""";

    /** Catalogue order: by category, then by the case's number within it (1.2 before 1.10). */
    String CATALOGUE_ORDER = "u.category_no, cast(split_part(u.id, '.', 2) as integer)";

    Optional<UseCaseRow> findById(String id);

    boolean existsById(String id);

    /**
     * Every criterion may be null; {@code ids} keeps only those cases. (A parameter never bears the name of a column
     * of another type: Micronaut Data would bind it as that column.) Best text match first, then in catalogue
     * order.
     */
    @Query("with q as (select " + DanishSearch.PREFIX_QUERY + " as query)\n"
            + "select " + COLUMNS + """

            from use_case u, q
            where (numnode(q.query) = 0 or u.search @@ q.query)
              and (cast(:category as integer) is null or u.category_no = :category)
              and (cast(:gain as text) is null or u.gains @> array[cast(:gain as text)])
              and (cast(:inHorizon as text) is null or u.horizon @> array[cast(:inHorizon as text)])
              and (cast(:risk as text) is null or u.risk_flags @> array[cast(:risk as text)])
              and (cast(:ids as text[]) is null or u.id = any(:ids))
            order by case when numnode(q.query) = 0 then 0 else ts_rank(u.search, q.query) end desc,
            """ + CATALOGUE_ORDER)
    List<UseCaseRow> search(String text, @Nullable Integer category, @Nullable String gain,
                            @Nullable String inHorizon, @Nullable String risk,
                            @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] ids);

    @Query("select " + COLUMNS + " from use_case u where u.id = any(:ids) order by " + CATALOGUE_ORDER)
    List<UseCaseRow> findInCatalogueOrder(@TypeDef(type = DataType.STRING_ARRAY) String[] ids);
}
