package dk.spor.training.application;

import dk.spor.database.Sql;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What HR has recorded for a session so far, so the attendance checklist shows it before HR changes it: present or
 * absent per person; a person without a record is not in the answer. HR only, as recording is. Attendance is data
 * about the people, so the read is written in each one's access log (once an hour per reader, as every such read).
 */
@Singleton
public class ReadingAttendance {

    private final Sql sql;
    private final PersonalDataReads reads;

    public ReadingAttendance(Sql sql, PersonalDataReads reads) {
        this.sql = sql;
        this.reads = reads;
    }

    @Transactional
    public Map<UUID, Boolean> recorded(Viewer viewer, UUID programme, UUID session) {
        if (!viewer.is(Role.HR)) {
            throw Problem.forbidden("Only HR records and reads attendance.");
        }
        if (!sql.exists("""
                select 1 from module_session s join training_module m on m.id = s.module_id
                where s.id = ? and m.programme_id = ?""", session, programme)) {
            throw Problem.notFound("A session " + session + " in programme " + programme);
        }
        Map<UUID, Boolean> present = new LinkedHashMap<>();
        sql.each("select person_id, present from attendance where session_id = ?",
                row -> present.put(row.uuid("person_id"), row.bool("present")), session);
        reads.logged(viewer, present.keySet(), PersonalDataReads.ATTENDANCE,
                PersonalDataReads.PURPOSE_RECORD_ATTENDANCE);
        return present;
    }
}
