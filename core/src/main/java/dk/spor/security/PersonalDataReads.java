package dk.spor.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The log of reads of an employee's individual data by someone else, which the employee reads on their own page. One
 * entry per reader, subject and hour, so a manager who opens a work list ten times does not bury everything else.
 */
@Singleton
public class PersonalDataReads {

    /** Learning goals and their follow-ups. */
    public static final String LEARNING_GOALS = "LEARNING_GOALS";
    /** Why a manager reads goals: to agree and follow up on them with the employee. */
    public static final String PURPOSE_FOLLOW_UP = "FOLLOW_UP_ON_LEARNING";

    private final DataSource dataSource;

    public PersonalDataReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    public record Read(String subject, String readerName, @Nullable String readerRole, String purpose, Instant readAt) {
    }

    /** Logs that the viewer read these people's data; reading your own is not logged. */
    @Transactional
    public void logged(Viewer reader, Collection<UUID> owners, String subject, String purpose) {
        List<UUID> others = owners.stream().distinct().filter(o -> !reader.isSelf(o)).toList();
        if (others.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                insert into personal_data_read (owner_person_id, reader_account_id, reader_role, subject, purpose)
                select o, ?, ?, ?, ? from unnest(?::uuid[]) o
                where not exists(select 1 from personal_data_read r where r.owner_person_id = o
                                 and r.reader_account_id = ? and r.subject = ? and r.read_at > now() - interval '1 hour')""")) {
            ps.setObject(1, reader.accountId());
            ps.setString(2, roleOf(reader));
            ps.setString(3, subject);
            ps.setString(4, purpose);
            ps.setArray(5, dataSource.getConnection().createArrayOf("uuid", others.toArray()));
            ps.setObject(6, reader.accountId());
            ps.setString(7, subject);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything logged about the person: reads of their goals, and reads of their shared profile (kept in the
     * profile's own log), newest first.
     */
    @Transactional
    public List<Read> of(UUID person) {
        List<Read> list = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select subject, coalesce(p.name, a.username, '(tidligere medarbejder)'), reader_role, purpose, read_at
                from (select subject, reader_account_id, reader_role, purpose, read_at from personal_data_read
                      where owner_person_id = ?
                      union all
                      select 'PROFILE', reader_account_id, reader_role, purpose, read_at from profile_access_log
                      where owner_person_id = ?) r
                left join account a on a.id = r.reader_account_id left join person p on p.id = a.person_id
                order by read_at desc limit 500""")) {
            ps.setObject(1, person);
            ps.setObject(2, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Read(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    private static String roleOf(Viewer viewer) {
        return viewer.is(Role.HR) ? Role.HR.name() : viewer.is(Role.MANAGER) ? Role.MANAGER.name()
                : Role.EMPLOYEE.name();
    }
}
