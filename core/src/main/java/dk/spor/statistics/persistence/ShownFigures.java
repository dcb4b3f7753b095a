package dk.spor.statistics.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The figures last shown, one per aggregate. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ShownFigures extends GenericRepository<ShownFigureRow, String> {

    Optional<ShownFigureRow> findById(String key);

    /** Keeps the figure now shown; two readers computing it at once leave the later point. */
    @Query("""
            insert into shown_figure (key, shown_up_to, computed_at, figure) values (:key, :shownUpTo, now(), :figure)
            on conflict (key) do update set shown_up_to = excluded.shown_up_to, computed_at = excluded.computed_at,
                figure = excluded.figure
            where shown_figure.shown_up_to <= excluded.shown_up_to""")
    void keep(String key, Instant shownUpTo, String figure);

    void deleteById(String key);
}
