package dk.spor.security;

import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Local accounts and the roles they carry. Roles are read fresh, because imports change who manages what. */
@Singleton
public class Accounts {

    private final DataSource dataSource;
    private final PasswordHashing hashing;

    public Accounts(DataSource dataSource, PasswordHashing hashing) {
        this.dataSource = dataSource;
        this.hashing = hashing;
    }

    public record Account(UUID id, String username, String passwordHash, UUID personId, boolean administrator) {
    }

    @Transactional
    public Optional<Account> byUsername(String username) {
        return one("select id, username, password_hash, person_id, administrator from account where username = ?",
                username.trim().toLowerCase());
    }

    @Transactional
    public Optional<Account> byId(UUID id) {
        return one("select id, username, password_hash, person_id, administrator from account where id = ?", id);
    }

    @Transactional
    public boolean any() {
        try (PreparedStatement ps = connection().prepareStatement("select exists(select 1 from account)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates or replaces the password of the account for a person; the username is their e-mail. */
    @Transactional
    public UUID setPasswordForPerson(UUID personId, String password) {
        try (PreparedStatement ps = connection().prepareStatement("""
                insert into account (username, password_hash, person_id)
                select lower(p.email), ?, p.id from person p where p.id = ? and p.left_at is null
                on conflict (person_id) do update set password_hash = excluded.password_hash,
                    username = excluded.username, password_changed_at = now()
                returning id""")) {
            ps.setString(1, hashing.hash(password));
            ps.setObject(2, personId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound("An active person with id " + personId);
                }
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw Problem.conflict("Another account already uses this person's e-mail address as its username.");
            }
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void createAdministrator(String username, String password) {
        try (PreparedStatement ps = connection().prepareStatement(
                "insert into account (username, password_hash, administrator) values (?, ?, true)")) {
            ps.setString(1, username.toLowerCase());
            ps.setString(2, hashing.hash(password));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void changePassword(UUID accountId, String password) {
        try (PreparedStatement ps = connection().prepareStatement(
                "update account set password_hash = ?, password_changed_at = now() where id = ?")) {
            ps.setString(1, hashing.hash(password));
            ps.setObject(2, accountId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The roles an account holds now, and the units (with sub-units) its person manages. */
    @Transactional
    public Viewer viewer(UUID accountId) {
        Account account = byId(accountId).orElseThrow(() -> Problem.forbidden("This account no longer exists."));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<UUID> managed = new HashSet<>();
        if (account.administrator()) {
            roles.add(Role.HR);
        }
        UUID person = account.personId();
        if (person != null) {
            try (PreparedStatement ps = connection().prepareStatement("""
                    select (select left_at is null from person where id = ?),
                           array(select role from person_role where person_id = ?)""")) {
                ps.setObject(1, person);
                ps.setObject(2, person);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        // someone who left keeps no access
                        return new Viewer(account.id(), person, Set.of(), Set.of());
                    }
                    roles.add(Role.EMPLOYEE);
                    for (String r : (String[]) rs.getArray(2).getArray()) {
                        roles.add(Role.valueOf(r));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            try (PreparedStatement ps = connection().prepareStatement("""
                    with recursive managed as (
                        select um.unit_id as id from unit_manager um where um.person_id = ?
                        union
                        select u.id from unit u join managed m on u.parent_id = m.id)
                    select id from managed""")) {
                ps.setObject(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        managed.add(rs.getObject(1, UUID.class));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (!managed.isEmpty()) {
                roles.add(Role.MANAGER);
            }
        }
        return new Viewer(account.id(), person, Set.copyOf(roles), Set.copyOf(managed));
    }

    private Optional<Account> one(String sql, Object parameter) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Account(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Failed sign-ins for a username within the window: how many, and the oldest. */
    public record Failures(int count, Instant oldest) {
    }

    @Transactional
    public Failures recentFailures(String username, java.time.Duration window) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select count(*), min(failed_at) from sign_in_failure
                where username = ? and failed_at > now() - make_interval(secs => ?)""")) {
            ps.setString(1, username);
            ps.setDouble(2, window.toMillis() / 1000.0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Failures(rs.getInt(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a failed sign-in, and forgets failures older than a day. */
    @Transactional
    public void recordFailure(String username) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                with gone as (delete from sign_in_failure where failed_at < now() - interval '1 day')
                insert into sign_in_failure (username) values (?)""")) {
            ps.setString(1, username);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A successful sign-in starts the count afresh. */
    @Transactional
    public void clearFailures(String username) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "delete from sign_in_failure where username = ?")) {
            ps.setString(1, username);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
