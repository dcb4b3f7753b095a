package dk.spor.profiling.persistence;

import dk.spor.profiling.model.AttitudeType;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** What helps each attitude type, read only: the offers come with the schema. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AttitudeOffers extends GenericRepository<AttitudeOfferRow, AttitudeOfferKey> {

    List<AttitudeOfferRow> findByIdTypeOrderByPosition(AttitudeType type);
}
