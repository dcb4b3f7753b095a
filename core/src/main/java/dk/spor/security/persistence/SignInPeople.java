package dk.spor.security.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * The people of the organisation a provider's user may be, found by what the provider sent: their e-mail (without
 * regard to case) or their employee number. Native queries on the organisation's table, which the imports write.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SignInPeople extends GenericRepository<AccountRow, UUID> {

    /** A person with the value, and whether they still work here. */
    @Introspected
    record Candidate(UUID id, boolean active) {
    }

    @Query("select id, left_at is null as active from person where lower(email) = :email")
    List<Candidate> findByEmail(String email);

    @Query("select id, left_at is null as active from person where employee_number = :employeeNumber")
    List<Candidate> findByEmployeeNumber(String employeeNumber);
}
