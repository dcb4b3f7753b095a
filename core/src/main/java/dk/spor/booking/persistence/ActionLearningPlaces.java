package dk.spor.booking.persistence;

import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a programme's action-learning blocks take place, and the blocks a new place changes. Hand-written through
 * {@link Sql}: raising every upcoming block's SEQUENCE is one statement that returns who is in each.
 */
@Singleton
public class ActionLearningPlaces {

    private final Sql sql;

    public ActionLearningPlaces(Sql sql) {
        this.sql = sql;
    }

    public Optional<String> of(UUID programme) {
        return sql.first("select place from action_learning_place where programme_id = ?", row -> row.string("place"),
                programme);
    }

    /** Sets the place, or removes it ({@code null}: the team's own workplace). */
    public void set(UUID programme, String place) {
        if (place == null) {
            sql.update("delete from action_learning_place where programme_id = ?", programme);
        } else {
            sql.update("""
                    insert into action_learning_place (programme_id, place) values (?, ?)
                    on conflict (programme_id) do update set place = excluded.place""", programme, place);
        }
    }

    /** A block whose SEQUENCE was raised, with the people in it. */
    public record Raised(String uid, int sequence, List<UUID> people) {
    }

    /** Raises the SEQUENCE of the programme's confirmed blocks that have not begun; returns them. */
    public List<Raised> raiseUpcoming(UUID programme, Instant now) {
        return sql.list("""
                with raised as (
                    update booking set sequence = sequence + 1, updated_at = now()
                    where programme_id = ? and status = 'CONFIRMED' and starts_at > ?
                    returning id, uid, sequence)
                select r.uid, r.sequence,
                       array(select a.person_id from booking_attendee a where a.booking_id = r.id and a.active
                             order by a.person_id) as people
                from raised r order by r.uid""",
                row -> new Raised(row.string("uid"), row.intValue("sequence"), row.uuids("people")), programme, now);
    }
}
