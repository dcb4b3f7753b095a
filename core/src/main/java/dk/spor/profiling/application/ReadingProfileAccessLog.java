package dk.spor.profiling.application;

import dk.spor.database.Sql;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who read which of the person's profiles, when and why, for the person themself. */
@Singleton
public class ReadingProfileAccessLog {

    private final Sql sql;

    public ReadingProfileAccessLog(Sql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record AccessView(UUID profileId, String readerName, String readerRole, Instant readAt, String purpose) {
    }

    /** Newest first; a reader whose account is gone is named as a former employee. */
    @ReadOnly
    public List<AccessView> of(UUID person) {
        return sql.list("""
                        select l.profile_id, coalesce(r.name, a.username, '(tidligere medarbejder)') as reader_name,
                               l.reader_role, l.read_at, l.purpose
                        from profile_access_log l left join account a on a.id = l.reader_account_id
                        left join person r on r.id = a.person_id
                        where l.owner_person_id = ? order by l.read_at desc""",
                row -> new AccessView(row.uuid("profile_id"), row.string("reader_name"), row.string("reader_role"),
                        row.instant("read_at"), row.string("purpose")), person);
    }
}
