package dk.spor.operations;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database is away" (503) rather than a fault in Spor (500). */
class DatabaseUnavailableTest {

    @Test
    void the_pool_giving_up_or_postgresql_refusing_or_dropping_a_connection_is_the_database_being_away() {
        assertTrue(DatabaseUnavailable.isConnectionFailure(new IllegalStateException(
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
        assertTrue(DatabaseUnavailable.isConnectionFailure(new RuntimeException("wrapped",
                new SQLException("Connection to localhost:5432 refused", "08001"))));
        assertTrue(DatabaseUnavailable.isConnectionFailure(new SQLException("terminating connection due to"
                + " administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isConnectionFailure(new SQLException("the database system is starting up",
                "57P03")));
        IllegalStateException closedAfterBreaking = new IllegalStateException(new SQLException("Connection is closed"));
        assertTrue(DatabaseUnavailable.isConnectionFailure(closedAfterBreaking));
        RuntimeException withSuppressed = new RuntimeException("rollback failed");
        withSuppressed.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(DatabaseUnavailable.isConnectionFailure(withSuppressed));
    }

    @Test
    void a_constraint_or_a_bug_is_not() {
        assertFalse(DatabaseUnavailable.isConnectionFailure(new IllegalStateException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseUnavailable.isConnectionFailure(new NullPointerException()));
        assertFalse(DatabaseUnavailable.isConnectionFailure(new IllegalStateException("no row")));
    }
}
