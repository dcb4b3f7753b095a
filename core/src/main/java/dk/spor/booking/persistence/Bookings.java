package dk.spor.booking.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Action-learning bookings: read here, written only by the planner's batch ({@link PlanStorage}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Bookings extends GenericRepository<BookingRow, UUID> {

    boolean existsByProgrammeId(UUID programmeId);
}
