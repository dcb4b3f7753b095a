package dk.spor.notification.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** People's notifications, which are also the outbox of their e-mails. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Notifications extends CrudRepository<NotificationRow, UUID> {

    /** One notification for everyone taking part in the programme now; returns how many were made. */
    @Query("""
            insert into notification (person_id, kind, programme_id, detail)
            select person_id, :kind, programme_id, :detail from active_enrolment where programme_id = :programme""")
    int insertForParticipants(UUID programme, String kind, String detail);

    /** The person's newest 200, read or not, each with its programme's name. */
    @Query("""
            select n.id, n.kind, n.programme_id, g.name as programme_name, n.detail, n.created_at, n.read_at
            from notification n left join programme g on g.id = n.programme_id
            where n.person_id = :person
            order by n.created_at desc, n.id limit 200""")
    List<NotificationLine> findNewestOf(UUID person);

    /** Marks one of the person's notifications read (once: the first reading stays); 0 when it is not theirs. */
    @Query("update notification set read_at = coalesce(read_at, now()) where id = :id and person_id = :person")
    int markRead(UUID id, UUID person);

    /** Marks all the person's unread notifications read; returns how many there were. */
    @Query("update notification set read_at = now() where person_id = :person and read_at is null")
    int markAllRead(UUID person);

    /**
     * Up to {@code limit} notifications whose e-mail is due, oldest first, newer than {@code maxAgeSeconds}; locked
     * for this transaction and skipped by any other sender running at the same time.
     */
    @Query("""
            select n.id, n.kind, g.name as programme_name, n.detail, p.email, p.name, n.mail_attempts
            from notification n join person p on p.id = n.person_id left join programme g on g.id = n.programme_id
            where n.mailed_at is null and n.mail_next_attempt_at <= now()
              and n.created_at > now() - make_interval(secs => :maxAgeSeconds)
            order by n.created_at, n.id limit :limit for update of n skip locked""")
    List<DueMail> findDueMail(double maxAgeSeconds, int limit);

    @Query("""
            update notification set mailed_at = now(), mail_attempts = mail_attempts + 1, mail_error = null
            where id = :id""")
    int markMailed(UUID id);

    /** Records a failed e-mail and when to try again: {@code pauseSeconds} from now. */
    @Query("""
            update notification set mail_attempts = mail_attempts + 1, mail_error = :error,
                mail_next_attempt_at = now() + make_interval(secs => :pauseSeconds)
            where id = :id""")
    int markMailFailed(UUID id, String error, double pauseSeconds);
}
