package dk.spor.database;

import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Spor servers starting at the same moment on one empty PostgreSQL both come up, whichever reaches the database
 * first: one migrates, the other waits for it and finds the schema current (and the administrator account made).
 * Before the advisory lock, two in three such starts failed with "relation databasechangelog already exists".
 */
class StartingTogetherTest {

    private static final int ROUNDS = 3;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void two_servers_starting_together_on_one_empty_database_both_come_up() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                // given one empty database
                Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
                properties.put("micronaut.server.port", -1);
                properties.put(DatabaseBootstrap.JWT_SECRET, "starting-together-secret-long-enough-for-hs256-0123");
                properties.put("spor.admin.password", "starting-together-admin");
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<ApplicationContext> start = () -> {
                    together.await(30, TimeUnit.SECONDS);
                    return ApplicationContext.run(properties);
                };
                // when two servers start at the same moment
                List<Future<ApplicationContext>> starting = List.of(pool.submit(start), pool.submit(start));
                List<ApplicationContext> running = new ArrayList<>();
                try {
                    for (Future<ApplicationContext> f : starting) {
                        running.add(f.get(90, TimeUnit.SECONDS));
                    }
                    // then both run, on one schema with every change set once and one administrator
                    assertTrue(running.stream().allMatch(ApplicationContext::isRunning), "round " + round);
                    assertEquals(count(properties, "select count(distinct id) from databasechangelog"),
                            count(properties, "select count(*) from databasechangelog"), "round " + round);
                    assertEquals(1, count(properties, "select count(*) from account where administrator"));
                } finally {
                    for (Future<ApplicationContext> f : starting) {
                        if (f.isDone() && !f.isCancelled()) {
                            try {
                                f.get().close();
                            } catch (Exception ignored) {
                                // reported by the assertion above
                            }
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int count(Map<String, Object> p, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection((String) p.get("datasources.default.url"),
                (String) p.get("datasources.default.username"), (String) p.get("datasources.default.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
