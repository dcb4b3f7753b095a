package dk.spor.leadership.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.UUID;

/** The programmes' open questions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OpenQuestions extends GenericRepository<OpenQuestionRow, UUID> {

    OpenQuestionRow save(OpenQuestionRow question);

    void update(@Id UUID id, String answer, Instant answeredAt);
}
