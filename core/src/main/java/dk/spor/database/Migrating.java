package dk.spor.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.naming.NameResolver;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.liquibase.LiquibaseConfigurationProperties;
import io.micronaut.liquibase.LiquibaseMigrator;
import jakarta.inject.Singleton;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Brings the database schema up to date when the data source is created, before anything else may use it, so that
 * several Spor servers can start at once on one PostgreSQL. Liquibase alone cannot: each server first looks for its
 * bookkeeping tables outside Liquibase's own lock, and the slower one fails with "relation databasechangelog already
 * exists". Here each server first takes a PostgreSQL advisory lock (held by its session, so a crashed server releases
 * it), and the others wait for it and then find the schema current.
 *
 * <p>Under that lock Liquibase's own lock row can only be stale, left by a server that was killed while migrating; it
 * is cleared instead of making every later start wait five minutes and fail. Liquibase's progress goes to its logger
 * (quiet by default); one line says what was applied. When the changelog is exactly the one last applied completely
 * (its {@link ChangelogFingerprint}, kept as the comment on {@code databasechangelog}), Liquibase is not started at
 * all: that is most of a restart's time.
 *
 * <p>micronaut-liquibase's own runner is switched off for the data source ({@code liquibase.datasources.default.enabled:
 * false}); this class runs the same migration through {@link LiquibaseMigrator}.
 */
@Singleton
public class Migrating implements BeanCreatedEventListener<DataSource> {

    /** "SPORMIGR" as a number: the advisory lock every Spor server takes around its migration. */
    static final long LOCK_KEY = 0x53504f524d494752L;
    private static final Duration WAIT_LIMIT = Duration.ofMinutes(10);
    /** The comment on databasechangelog after a complete migration: which changelog (see ChangelogFingerprint). */
    static final String FINGERPRINT_PREFIX = "Spor changelog applied, SHA-256 ";
    private static final Logger LOG = LoggerFactory.getLogger(Migrating.class);

    private final ApplicationContext context;
    private final LiquibaseMigrator migrator;
    private final DataSourceResolver dataSourceResolver;
    private final ApplicationEventPublisher<SchemaMigrated> events;

    public Migrating(ApplicationContext context, LiquibaseMigrator migrator,
                     @Nullable DataSourceResolver dataSourceResolver, ApplicationEventPublisher<SchemaMigrated> events) {
        this.context = context;
        this.migrator = migrator;
        this.dataSourceResolver = dataSourceResolver != null ? dataSourceResolver : DataSourceResolver.DEFAULT;
        this.events = events;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        Optional<String> name = event.getBeanDefinition() instanceof NameResolver resolver ? resolver.resolveName()
                : Optional.empty();
        name.flatMap(n -> context.findBean(LiquibaseConfigurationProperties.class, Qualifiers.byName(n)))
                .ifPresent(config -> migrate(config, dataSourceResolver.resolve(dataSource)));
        return dataSource;
    }

    private void migrate(LiquibaseConfigurationProperties config, DataSource dataSource) {
        long started = System.nanoTime();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            acquire(lock);
            try {
                Optional<String> fingerprint = ChangelogFingerprint.of(config.getChangeLog());
                int before = applied(lock);
                if (fingerprint.isPresent() && fingerprint.equals(appliedFingerprint(lock))) {
                    LOG.info("Database schema is up to date ({} change sets).", before);
                    events.publishEvent(new SchemaMigrated(0, before));
                    return;
                }
                clearStaleLiquibaseLock(lock);
                // Liquibase's progress and its summary table go to its logger, not to the console
                Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                        "liquibase.command.showSummaryOutput", "LOG"), () -> migrator.run(config, dataSource));
                int after = applied(lock);
                if (fingerprint.isPresent()) {
                    recordFingerprint(lock, fingerprint.get());
                }
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                if (after > before) {
                    LOG.info("Database schema brought up to date in {} ms: {} change sets applied, {} in all.",
                            millis, after - before, after);
                } else {
                    LOG.info("Database schema is up to date ({} change sets).", after);
                }
                events.publishEvent(new SchemaMigrated(after - before, after));
            } finally {
                try (Statement s = lock.createStatement()) {
                    s.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        } catch (SQLException e) {
            LOG.error("Spor could not bring the database schema up to date: {}", e.getMessage());
            throw new IllegalStateException("Spor could not bring the database schema up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Spor could not bring the database schema up to date: " + e.getMessage(), e);
        }
    }

    private static void acquire(Connection connection) throws SQLException {
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        boolean told = false;
        while (!tryLock(connection)) {
            if (!told) {
                LOG.info("Another Spor server is migrating this database; waiting for it to finish.");
                told = true;
            }
            if (System.nanoTime() > deadline) {
                throw new SQLException("another Spor server has held the migration lock for over "
                        + WAIT_LIMIT.toMinutes() + " minutes");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the migration lock", e);
            }
        }
    }

    // Raw JDBC, not the Sql helper: this runs before the application's transactions exist, on the one session whose
    // advisory lock must outlive Liquibase's own commits.
    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void clearStaleLiquibaseLock(Connection connection) throws SQLException {
        if (!exists(connection, "databasechangeloglock")) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            int cleared = s.executeUpdate("update databasechangeloglock set locked = false, lockgranted = null,"
                    + " lockedby = null where locked");
            if (cleared > 0) {
                LOG.warn("Cleared a Liquibase lock left by a Spor server that stopped while migrating.");
            }
        }
    }

    /** Kept as the comment of Liquibase's own table: no table of Spor's own, and it goes wherever that table goes. */
    private static Optional<String> appliedFingerprint(Connection connection) throws SQLException {
        if (!exists(connection, "databasechangelog")) {
            return Optional.empty();
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select obj_description('databasechangelog'::regclass, 'pg_class')")) {
            rs.next();
            String comment = rs.getString(1);
            return comment != null && comment.startsWith(FINGERPRINT_PREFIX)
                    ? Optional.of(comment.substring(FINGERPRINT_PREFIX.length())) : Optional.empty();
        }
    }

    private static void recordFingerprint(Connection connection, String fingerprint) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // hex digits only: safe inside the literal
            s.execute("comment on table databasechangelog is '" + FINGERPRINT_PREFIX + fingerprint + "'");
        }
    }

    private static int applied(Connection connection) throws SQLException {
        if (!exists(connection, "databasechangelog")) {
            return 0;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from databasechangelog")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select to_regclass(?) is not null")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
