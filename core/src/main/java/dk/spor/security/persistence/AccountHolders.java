package dk.spor.security.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The person behind an account, read fresh at every request because imports change it: whether they still work
 * here, their roles, and the units they manage with every sub-unit (a recursive walk down the unit tree). Native
 * queries on the organisation's tables, which the imports write.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountHolders extends GenericRepository<AccountRow, UUID> {

    /** The username a person's account gets: their e-mail, if they have not left. */
    @Query("select lower(email) from person where id = :person and left_at is null")
    Optional<String> findUsernameOfActivePerson(UUID person);

    @Query("select left_at is null from person where id = :person")
    Optional<Boolean> findActive(UUID person);

    @Query("select role from person_role where person_id = :person")
    List<String> findRoles(UUID person);

    @Query("""
            with recursive managed as (
                select um.unit_id as id from unit_manager um where um.person_id = :person
                union
                select u.id from unit u join managed m on u.parent_id = m.id)
            select id from managed""")
    List<UUID> findManagedUnits(UUID person);
}
