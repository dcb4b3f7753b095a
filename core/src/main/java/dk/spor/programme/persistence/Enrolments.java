package dk.spor.programme.persistence;

import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Who is enrolled in a programme: everyone in its units and their open sub-units, never a selection. Hand-written
 * through {@link Sql} because the rule is a recursive walk down the unit tree that PostgreSQL does in one statement
 * each way, for thousands of people at once. Callers are transactional.
 */
@Singleton
public class Enrolments {

    private final Sql sql;

    public Enrolments(Sql sql) {
        this.sql = sql;
    }

    /** Who joined and who left when the enrolments were made equal to the units' people. */
    public record Changes(List<UUID> joined, List<UUID> left) {
        public boolean none() {
            return joined.isEmpty() && left.isEmpty();
        }
    }

    /**
     * Makes the enrolment rows equal to the active people in the programme's units and sub-units: newcomers (and
     * people who came back) are enrolled, people who left the organisation or the units have their enrolment ended.
     */
    public Changes followUnits(UUID programme) {
        List<UUID> joined = sql.list("""
                with recursive tree as (
                    select unit_id as id from programme_unit where programme_id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id where u.closed_at is null),
                wanted as (select p.id from person p where p.unit_id in (select id from tree) and p.left_at is null)
                insert into enrolment (programme_id, person_id) select ?, id from wanted
                on conflict (programme_id, person_id) do update set ended_at = null, end_reason = null,
                    enrolled_at = now()
                where enrolment.ended_at is not null
                returning person_id""", row -> row.uuid("person_id"), programme, programme);
        List<UUID> left = sql.list("""
                with recursive tree as (
                    select unit_id as id from programme_unit where programme_id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id where u.closed_at is null)
                update enrolment e set ended_at = now(),
                    end_reason = case when p.left_at is not null then 'LEFT_ORGANISATION' else 'LEFT_UNIT' end
                from person p
                where e.programme_id = ? and e.person_id = p.id and e.ended_at is null
                  and (p.left_at is not null or p.unit_id not in (select id from tree))
                returning e.person_id""", row -> row.uuid("person_id"), programme, programme);
        return new Changes(joined, left);
    }

    /** How many take part now. */
    public int active(UUID programme) {
        return sql.one("select count(*) as people from active_enrolment where programme_id = ?",
                row -> row.intValue("people"), programme);
    }
}
