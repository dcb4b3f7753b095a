package dk.spor.leadership.application;

import dk.spor.database.Sql;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The learning log rolled up to the leadership track: every entry of the programme, or of one unit and its
 * sub-units. Entries say what a team learned; who wrote them is not shown. Hand-written: the roll-up walks the unit
 * tree with a recursive query.
 */
@Singleton
public class ReadingLearningLog {

    private final Sql sql;
    private final ProgrammeAccess access;

    public ReadingLearningLog(Sql sql, ProgrammeAccess access) {
        this.sql = sql;
        this.access = access;
    }

    @Transactional
    public List<LogEntry> learningLog(Viewer viewer, UUID programme, @Nullable UUID unit) {
        access.requireReader(viewer, programme);
        return entries(viewer, programme, unit, null);
    }

    /** One entry of the programme, as the viewer reads it; the caller has checked access. */
    LogEntry entry(Viewer viewer, UUID programme, UUID entry) {
        return entries(viewer, programme, null, entry).get(0);
    }

    /** The programme's entries, of one unit and its sub-units and/or one entry when given. */
    private List<LogEntry> entries(Viewer viewer, UUID programme, @Nullable UUID unit, @Nullable UUID entry) {
        return sql.list("""
                with recursive tree as (select id from unit where id = ?
                    union select u.id from unit u join tree t on u.parent_id = t.id)
                select l.id, l.unit_id, u.name as unit_name, l.source, l.module_id, l.what_we_did, l.what_happened,
                       l.what_we_learned, l.what_it_means, l.author_id is not distinct from ? as mine, l.written_at
                from learning_log_entry l join unit u on u.id = l.unit_id
                where l.programme_id = ? and (?::uuid is null or l.unit_id in (select id from tree))
                  and (?::uuid is null or l.id = ?)
                order by l.written_at""",
                row -> new LogEntry(row.uuid("id"), row.uuid("unit_id"), row.string("unit_name"), row.string("source"),
                        row.uuid("module_id"), row.string("what_we_did"), row.string("what_happened"),
                        row.string("what_we_learned"), row.string("what_it_means"),
                        row.bool("mine") && viewer.personId() != null, row.instant("written_at")),
                unit, viewer.personId(), programme, unit, entry, entry);
    }
}
