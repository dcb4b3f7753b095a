package dk.spor.programme.application;

import dk.spor.database.Sql;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * "Mit forløb": the programmes the signed-in person takes part in or supports, each with what comes next for them.
 * A read model over programmes, enrolments, sessions and bookings, so it is one query written by hand.
 */
@Singleton
public class ListingMyProgrammes {

    private final Sql sql;
    private final Clock clock;

    public ListingMyProgrammes(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** A line in the person's list of programmes, with what comes next. */
    @Serdeable
    public record MyProgrammeLine(UUID id, String name, ProgrammeState state, boolean takingPart, boolean supporting,
                                  @Nullable Instant nextSession, @Nullable Instant nextActionLearning) {
    }

    @ReadOnly
    public List<MyProgrammeLine> list(Viewer viewer) {
        UUID person = viewer.requirePerson();
        Instant now = clock.instant();
        return sql.list("""
                with mine as (
                    select e.programme_id as id, true as taking_part, false as supporting from active_enrolment e
                    where e.person_id = ?
                    union all
                    select distinct b.programme_id, false, true from booking b
                    join booking_attendee a on a.booking_id = b.id
                    where a.person_id = ? and a.role = 'SUPPORT' and a.active)
                select g.id, g.name, g.state, bool_or(m.taking_part) as taking_part,
                       bool_or(m.supporting) as supporting,
                       (select min(s.starts_at) from training_module t join module_session s on s.module_id = t.id
                        where t.programme_id = g.id and s.ends_at >= ?) as next_session,
                       (select min(b.starts_at) from booking b join booking_attendee a on a.booking_id = b.id
                        where b.programme_id = g.id and a.person_id = ? and a.active and b.status = 'CONFIRMED'
                          and b.ends_at >= ?) as next_action_learning
                from mine m join programme g on g.id = m.id
                group by g.id, g.name, g.state, g.created_at order by g.created_at""", row -> {
            ProgrammeState state = row.enumValue("state", ProgrammeState.class);
            // a draft's dates are not settled, so it has no next session yet
            return new MyProgrammeLine(row.uuid("id"), row.string("name"), state, row.bool("taking_part"),
                    row.bool("supporting"), state == ProgrammeState.DRAFT ? null : row.instant("next_session"),
                    row.instant("next_action_learning"));
        }, person, person, now, person, now);
    }
}
