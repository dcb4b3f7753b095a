package dk.spor.placement.persistence;

import dk.spor.calendars.TimeRange;
import dk.spor.database.Sql;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What placing reads: the programme's state and minimum gap, its modules with their sessions, the teams taking part
 * (one a unit, each in employee-number order) and when people are busy in other programmes. Hand-written through
 * {@link Sql}: each is a read across the organisation, programme and booking tables.
 */
@Singleton
public class PlacementInputs {

    private final Sql sql;

    public PlacementInputs(Sql sql) {
        this.sql = sql;
    }

    public record ProgrammeFacts(String name, ProgrammeState state, int minimumGapDays) {
    }

    public Optional<ProgrammeFacts> programme(UUID programme) {
        return sql.first("select name, state, minimum_gap_days from programme where id = ?",
                row -> new ProgrammeFacts(row.string("name"), row.enumValue("state", ProgrammeState.class),
                        row.intValue("minimum_gap_days")), programme);
    }

    /** A session as placing and its readers see it; {@code capacity} null when it takes everyone. */
    public record SessionFacts(UUID id, UUID moduleId, Instant start, Instant end, String location,
                               @Nullable Integer capacity, @Nullable String roomName) {
    }

    public record ModuleFacts(UUID id, int position, String title, ModuleKind kind, @Nullable Instant choiceDeadline,
                              List<SessionFacts> sessions) {
    }

    /** The programme's modules in order, each with its sessions in time order. */
    public List<ModuleFacts> modules(UUID programme) {
        Map<UUID, List<SessionFacts>> sessions = new HashMap<>();
        sql.each("""
                select s.id, s.module_id, s.starts_at, s.ends_at, s.location, s.capacity, r.name as room_name
                from module_session s join training_module m on m.id = s.module_id
                left join room r on r.id = s.room_id
                where m.programme_id = ? order by s.starts_at, s.id""",
                row -> sessions.computeIfAbsent(row.uuid("module_id"), m -> new ArrayList<>()).add(new SessionFacts(
                        row.uuid("id"), row.uuid("module_id"), row.instant("starts_at"), row.instant("ends_at"),
                        row.string("location"), row.integer("capacity"), row.string("room_name"))), programme);
        return sql.list("""
                select id, position, title, kind, choice_deadline from training_module
                where programme_id = ? order by position""",
                row -> new ModuleFacts(row.uuid("id"), row.intValue("position"), row.string("title"),
                        row.enumValue("kind", ModuleKind.class), row.instant("choice_deadline"),
                        List.copyOf(sessions.getOrDefault(row.uuid("id"), List.of()))), programme);
    }

    /** A person taking part, with whether they hold the support-person role. */
    public record Member(UUID person, String name, boolean supportPerson) {
    }

    public record TeamFacts(UUID unit, String name, List<Member> members) {
    }

    /** The people taking part now, by unit (in unit-name order), each team in employee-number order. */
    public List<TeamFacts> teams(UUID programme) {
        Map<UUID, TeamFacts> teams = new LinkedHashMap<>();
        sql.each("""
                select a.unit_id, u.name as unit_name, a.person_id, p.name as person_name,
                       exists(select 1 from person_role r where r.person_id = a.person_id and r.role = ?) as support
                from active_enrolment a join person p on p.id = a.person_id join unit u on u.id = a.unit_id
                where a.programme_id = ? order by u.name, a.unit_id, p.employee_number""",
                row -> teams.computeIfAbsent(row.uuid("unit_id"), u -> new TeamFacts(u, unitName(row),
                        new ArrayList<>())).members().add(new Member(row.uuid("person_id"), row.string("person_name"),
                        row.bool("support"))),
                Role.SUPPORT_PERSON, programme);
        return List.copyOf(teams.values());
    }

    /** A programme the person takes part in now, that is past its draft. */
    public record Taking(UUID programme, String name, ProgrammeState state) {
    }

    public List<Taking> takingPart(UUID person) {
        return sql.list("""
                select g.id, g.name, g.state from active_enrolment e join programme g on g.id = e.programme_id
                where e.person_id = ? and g.state <> 'DRAFT' order by g.created_at""",
                row -> new Taking(row.uuid("id"), row.string("name"), row.enumValue("state", ProgrammeState.class)),
                person);
    }

    /** Each person taking part now, with their unit (their team). */
    public Map<UUID, UUID> participantUnits(UUID programme) {
        Map<UUID, UUID> units = new HashMap<>();
        sql.each("select person_id, unit_id from active_enrolment where programme_id = ?",
                row -> units.put(row.uuid("person_id"), row.uuid("unit_id")), programme);
        return units;
    }

    private static String unitName(Sql.Row row) {
        try {
            return row.string("unit_name");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * When each of the people is busy in other programmes: their action-learning blocks and module sessions there,
     * added to {@code busy} (their own busy time, {@link OwnBusyTime}, is read apart and shared with the planner).
     */
    public void busyElsewhere(UUID programme, Collection<UUID> people, Map<UUID, List<TimeRange>> busy) {
        if (people.isEmpty()) {
            return;
        }
        sql.each("""
                select a.person_id, (date_part('epoch', lower(a.period)) * 1000)::bigint as starts_at,
                       (date_part('epoch', upper(a.period)) * 1000)::bigint as ends_at from booking_attendee a
                join booking b on b.id = a.booking_id
                where a.person_id = any(?) and a.active and b.programme_id <> ?
                union all
                select p.person_id, (date_part('epoch', s.starts_at) * 1000)::bigint,
                       (date_part('epoch', s.ends_at) * 1000)::bigint from session_placement p
                join module_session s on s.id = p.session_id join training_module m on m.id = p.module_id
                where p.person_id = any(?) and m.programme_id <> ?""",
                row -> busy.computeIfAbsent(row.uuid("person_id"), p -> new ArrayList<>())
                        .add(new TimeRange(Instant.ofEpochMilli(row.longValue("starts_at")),
                                Instant.ofEpochMilli(row.longValue("ends_at")))),
                people, programme, people, programme);
    }
}
