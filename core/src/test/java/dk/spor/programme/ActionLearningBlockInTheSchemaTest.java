package dk.spor.programme;

import dk.spor.programme.model.ActionLearningBlock;
import dk.spor.support.RealDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema's check on a programme's block length (a shipped changelog) says what ActionLearningBlock says. */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionLearningBlockInTheSchemaTest implements RealDatabase {

    @Inject
    DataSource dataSource;

    @Test
    void the_database_accepts_exactly_the_block_lengths_the_model_allows_and_defaults_to_the_same() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // then
                assertFalse(accepts(c, ActionLearningBlock.MIN_MINUTES - 1));
                assertTrue(accepts(c, ActionLearningBlock.MIN_MINUTES));
                assertTrue(accepts(c, ActionLearningBlock.MAX_MINUTES));
                assertFalse(accepts(c, ActionLearningBlock.MAX_MINUTES + 1));
                assertEquals(ActionLearningBlock.DEFAULT_MINUTES, defaultMinutes(c));
            } finally {
                c.rollback();
            }
        }
    }

    private static boolean accepts(Connection c, int minutes) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into programme (name, action_learning_minutes) values ('check', ?)")) {
            ps.setInt(1, minutes);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            c.rollback(before);
            return false;
        }
    }

    private static int defaultMinutes(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("insert into programme (name) values ('default')"
                     + " returning action_learning_minutes")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
