package dk.spor.training.application;

import dk.spor.database.Sql;
import dk.spor.security.Viewer;
import dk.spor.training.persistence.AttendanceRow;
import dk.spor.training.persistence.Attendances;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HR records who was present at a session; a later record for the same person replaces the earlier. */
@Singleton
public class RecordingAttendance {

    private final Sql sql;
    private final Attendances attendances;
    private final Clock clock;

    public RecordingAttendance(Sql sql, Attendances attendances, Clock clock) {
        this.sql = sql;
        this.attendances = attendances;
        this.clock = clock;
    }

    /** Returns how many records it was given. */
    @Transactional
    public int recordAttendance(Viewer viewer, UUID programme, UUID session, List<Presence> presence) {
        // the session's recorders take turns (the lock leaves its key alone), so replacing a record cannot race
        if (!sql.exists("""
                select 1 from module_session s join training_module m on m.id = s.module_id
                where s.id = ? and m.programme_id = ? for no key update of s""", session, programme)) {
            throw Problem.notFound("A session " + session + " in programme " + programme);
        }
        // anyone who has taken part, not only who does now: attendance may be recorded after someone left
        List<UUID> outsiders = sql.one("""
                select array(select x from unnest(?::uuid[]) x
                             where x not in (select person_id from enrolment where programme_id = ?)) as outsiders""",
                row -> row.uuids("outsiders"), presence.stream().map(Presence::personId).toList(), programme);
        if (!outsiders.isEmpty()) {
            throw Problem.invalid("Attendance is recorded only for the programme's participants.",
                    List.of(Problem.FieldError.field("attendance.personId",
                            outsiders.size() + " of the people do not take part in this programme")));
        }
        // the last word on a person counts, as it would if each were recorded in turn
        Map<UUID, Boolean> present = new LinkedHashMap<>();
        presence.forEach(p -> present.put(p.personId(), p.present()));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        attendances.deleteByIdSessionIdAndIdPersonIdIn(session, present.keySet());
        attendances.saveAll(present.entrySet().stream().map(p -> new AttendanceRow(
                new AttendanceRow.Key(session, p.getKey()), p.getValue(), viewer.accountId(), now)).toList());
        return presence.size();
    }
}
