package dk.spor.database;

import dk.spor.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    @Test
    void migrations_apply_to_an_empty_database_and_a_second_start_changes_nothing() throws SQLException {
        // given
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "migration-test-secret-long-enough-for-hs256-0123456789");
        // when
        try (ApplicationContext first = ApplicationContext.run(properties)) {
            assertTrue(first.isRunning());
        }
        String applied = changelog(properties);
        try (ApplicationContext second = ApplicationContext.run(properties)) {
            assertTrue(second.isRunning());
        }
        // then
        assertTrue(applied.contains("0003-programme"), applied);
        assertEquals(applied, changelog(properties));
        // and the changelog's fingerprint is kept, so a restart need not start Liquibase
        String fingerprint = ChangelogFingerprint.of("classpath:db/changelog.xml").orElseThrow();
        assertEquals(Migrating.FINGERPRINT_PREFIX + fingerprint,
                one(properties, "select obj_description('databasechangelog'::regclass, 'pg_class')"));
    }

    private static String one(Map<String, Object> p, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection((String) p.get("datasources.default.url"),
                (String) p.get("datasources.default.username"), (String) p.get("datasources.default.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String changelog(Map<String, Object> p) throws SQLException {
        try (Connection c = DriverManager.getConnection((String) p.get("datasources.default.url"),
                (String) p.get("datasources.default.username"), (String) p.get("datasources.default.password"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(id || '@' || dateexecuted, ',' order by orderexecuted)"
                     + " from databasechangelog")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
