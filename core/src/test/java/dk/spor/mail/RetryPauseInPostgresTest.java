package dk.spor.mail;

import dk.spor.mail.model.RetryPause;
import dk.spor.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The retry pause as PostgreSQL computes it in an outbox's update is the pause the rule gives. */
class RetryPauseInPostgresTest {

    @Test
    void postgresql_waits_as_long_as_the_rule_after_each_number_of_failures() throws SQLException {
        // given
        Map<String, String> database = TestDatabase.freshDatabase();
        List<Duration> expected = new ArrayList<>();
        for (int before = 0; before <= 12; before++) {
            expected.add(RetryPause.after(before + 1));
        }

        // when
        List<Duration> computed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select extract(epoch from " + RetryPause.inSql("attempts")
                     + ")::bigint as seconds from generate_series(0, 12) as attempts order by attempts")) {
            while (rs.next()) {
                computed.add(Duration.ofSeconds(rs.getLong("seconds")));
            }
        }

        // then
        assertEquals(expected, computed);
    }
}
