package dk.spor.leadership.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The versions of each programme's frame; written once, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProgrammeFrames extends GenericRepository<FrameRow, FrameRow.Key> {

    FrameRow save(FrameRow frame);

    /** Every version, newest first. */
    List<FrameRow> findByIdProgrammeIdOrderByIdVersionDesc(UUID programmeId);

    Optional<FrameRow> findFirstByIdProgrammeIdOrderByIdVersionDesc(UUID programmeId);
}
