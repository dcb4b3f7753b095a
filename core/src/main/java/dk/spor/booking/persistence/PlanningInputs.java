package dk.spor.booking.persistence;

import dk.spor.booking.model.TeamMember;
import dk.spor.calendars.TimeRange;
import dk.spor.database.Sql;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Role;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the planner reads before it searches: the programme's state and block length, its modules' spans, the teams
 * taking part, support persons above teams, and when people are booked elsewhere. Hand-written through {@link Sql}:
 * each is a read across the organisation, programme and booking tables.
 */
@Singleton
public class PlanningInputs {

    private final Sql sql;

    public PlanningInputs(Sql sql) {
        this.sql = sql;
    }

    /** The facts of the programme that decide whether and how long to book. */
    public record ProgrammeFacts(ProgrammeState state, int actionLearningMinutes) {
    }

    public Optional<ProgrammeFacts> programme(UUID programme) {
        return sql.first("select state, action_learning_minutes from programme where id = ?",
                row -> new ProgrammeFacts(row.enumValue("state", ProgrammeState.class),
                        row.intValue("action_learning_minutes")), programme);
    }

    /** Each module's span in programme order: from its first session's start to its last session's end. */
    public List<TimeRange> moduleSpans(UUID programme) {
        return sql.list("""
                select min(s.starts_at) as starts_at, max(s.ends_at) as ends_at
                from training_module m join module_session s on s.module_id = m.id
                where m.programme_id = ? group by m.id, m.position order by m.position""",
                row -> new TimeRange(row.instant("starts_at"), row.instant("ends_at")), programme);
    }

    /** The people taking part now, by unit (one team a unit, in a stable order), each team in employee-number order. */
    public Map<UUID, List<TeamMember>> teams(UUID programme) {
        Map<UUID, List<TeamMember>> teams = new TreeMap<>();
        sql.each("""
                select a.unit_id, a.person_id,
                       exists(select 1 from person_role r where r.person_id = a.person_id and r.role = ?) as support
                from active_enrolment a join person p on p.id = a.person_id
                where a.programme_id = ? order by a.unit_id, p.employee_number""",
                row -> teams.computeIfAbsent(row.uuid("unit_id"), u -> new ArrayList<>())
                        .add(new TeamMember(row.uuid("person_id"), row.bool("support"))),
                Role.SUPPORT_PERSON, programme);
        return teams;
    }

    /**
     * For each of the units, the nearest support person who has not left: in the unit itself, or else in the
     * closest unit above it; the lowest employee number first, so the choice is stable. Units without one are left
     * out.
     */
    public Map<UUID, UUID> nearestSupportPersons(Collection<UUID> units) {
        Map<UUID, UUID> found = new HashMap<>();
        if (units.isEmpty()) {
            return found;
        }
        sql.each("""
                with recursive up (team, id, parent_id, depth) as (
                    select u.id, u.id, u.parent_id, 0 from unit u where u.id = any(?)
                    union all
                    select up.team, u.id, u.parent_id, up.depth + 1 from unit u join up on u.id = up.parent_id)
                select distinct on (up.team) up.team as unit_id, p.id as person_id
                from up join person p on p.unit_id = up.id and p.left_at is null
                join person_role r on r.person_id = p.id and r.role = ?
                order by up.team, up.depth, p.employee_number""",
                row -> found.put(row.uuid("unit_id"), row.uuid("person_id")), units, Role.SUPPORT_PERSON);
        return found;
    }

    /**
     * When each of the people is busy besides their own busy time (read apart, and shared with placing): their blocks
     * in other programmes, and the seats they took as guests in this programme's blocks after declining their own (the
     * plan does not make those, so it must plan around them); added to {@code busy}, whose lists are the caller's to
     * extend as the plan books people.
     */
    public void bookedElsewhere(UUID programme, Collection<UUID> people, Map<UUID, List<TimeRange>> busy) {
        sql.each("""
                select a.person_id, (date_part('epoch', lower(a.period)) * 1000)::bigint as starts_at,
                       (date_part('epoch', upper(a.period)) * 1000)::bigint as ends_at from booking_attendee a
                join booking b on b.id = a.booking_id
                where a.person_id = any(?) and a.active and (b.programme_id <> ? or a.guest)""",
                row -> busy.computeIfAbsent(row.uuid("person_id"), p -> new ArrayList<>())
                        .add(new TimeRange(Instant.ofEpochMilli(row.longValue("starts_at")),
                                Instant.ofEpochMilli(row.longValue("ends_at")))),
                people, programme);
    }
}
