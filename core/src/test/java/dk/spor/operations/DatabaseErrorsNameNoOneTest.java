package dk.spor.operations;

import dk.spor.support.RealDatabase;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * PostgreSQL puts the offending row's values in its error messages ("Key (username)=(karen@…) already exists"), and
 * error messages end up in logs. Spor's connections ask for the messages without them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseErrorsNameNoOneTest implements RealDatabase {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void a_unique_violation_says_which_constraint_but_not_whose_value() throws SQLException {
        try (Connection c = resolver.resolve(dataSource).getConnection()) {
            // given
            insertAccount(c);
            // when
            SQLException duplicate = assertThrows(SQLException.class, () -> insertAccount(c));
            // then
            assertEquals("23505", duplicate.getSQLState());
            assertFalse(duplicate.getMessage().contains("karen.blixen"), duplicate.getMessage());
        }
    }

    private static void insertAccount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into account (username, password_hash, administrator) values (?, 'x', true)")) {
            ps.setString(1, "karen.blixen@kommune.dk");
            ps.executeUpdate();
        }
    }
}
