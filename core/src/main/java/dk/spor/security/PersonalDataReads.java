package dk.spor.security;

import dk.spor.database.Sql;
import dk.spor.security.persistence.PersonalDataReadLog;
import dk.spor.security.persistence.PersonalDataReadRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
    /** Answers to action-learning invitations (accepted, declined), as HR's delivery status shows them. */
    public static final String CALENDAR_ANSWERS = "CALENDAR_ANSWERS";
    /** Why HR reads them: to put deliveries right and to arrange another time for someone who declined. */
    public static final String PURPOSE_DELIVER_ACTION_LEARNING = "DELIVER_ACTION_LEARNING";
    /** Whether a person was at a module's session, as HR recorded it. */
    public static final String ATTENDANCE = "ATTENDANCE";
    /** Why HR reads it: to record who was there, and to put a record right. */
    public static final String PURPOSE_RECORD_ATTENDANCE = "RECORD_ATTENDANCE";

    /** A reader is logged once an hour per subject and owner, however often they open the data in that hour. */
    private static final Duration ONE_ENTRY_PER = Duration.ofHours(1);

    private final PersonalDataReadLog log;
    private final Sql sql;
    private final Clock clock;

    public PersonalDataReads(PersonalDataReadLog log, Sql sql, Clock clock) {
        this.log = log;
        this.sql = sql;
        this.clock = clock;
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
        Instant now = clock.instant();
        Set<UUID> already = Set.copyOf(log
                .findOwnerPersonIdByReaderAccountIdAndSubjectAndReadAtGreaterThanAndOwnerPersonIdIn(
                        reader.accountId(), subject, now.minus(ONE_ENTRY_PER), others));
        List<PersonalDataReadRow> entries = others.stream().filter(owner -> !already.contains(owner))
                .map(owner -> new PersonalDataReadRow(null, owner, reader.accountId(), roleOf(reader), subject,
                        purpose, now)).toList();
        if (!entries.isEmpty()) {
            log.saveAll(entries);
        }
    }

    /**
     * Everything logged about the person: reads of their goals, and reads of their shared profile (kept in the
     * profile's own log), newest first.
     */
    @Transactional
    public List<Read> of(UUID person) {
        // hand-written: a read model across this log, the profile's own log, accounts and people
        return sql.list("""
                select subject, coalesce(p.name, a.username, '(tidligere medarbejder)') as reader_name, reader_role,
                       purpose, read_at
                from (select subject, reader_account_id, reader_role, purpose, read_at from personal_data_read
                      where owner_person_id = ?
                      union all
                      select 'PROFILE', reader_account_id, reader_role, purpose, read_at from profile_access_log
                      where owner_person_id = ?) r
                left join account a on a.id = r.reader_account_id left join person p on p.id = a.person_id
                order by read_at desc limit 500""",
                row -> new Read(row.string("subject"), row.string("reader_name"), row.string("reader_role"),
                        row.string("purpose"), row.instant("read_at")), person, person);
    }

    private static String roleOf(Viewer viewer) {
        return viewer.is(Role.HR) ? Role.HR.name() : viewer.is(Role.MANAGER) ? Role.MANAGER.name()
                : Role.EMPLOYEE.name();
    }
}
