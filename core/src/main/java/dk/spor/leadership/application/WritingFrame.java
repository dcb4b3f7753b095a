package dk.spor.leadership.application;

import dk.spor.database.Sql;
import dk.spor.leadership.persistence.FrameRow;
import dk.spor.leadership.persistence.ProgrammeFrames;
import dk.spor.notification.application.NotifyingPeople;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The leadership track's frame for a programme (rammen): written by HR or a manager of one of its units, ideally with
 * MED. Every change is a new version and tells every participant; old versions stay readable, so people can see what
 * was promised when.
 *
 * <p>Two people may write the frame at once. A version is a new row, never an update, so there is no row for a
 * {@code @Version} column to guard: writers take turns on a lock of the programme instead, and each writes the next
 * number (the primary key would refuse a second version n).
 */
@Singleton
public class WritingFrame {

    public static final String FRAME_CHANGED = "FrameChanged";

    private final Sql sql;
    private final ProgrammeFrames frames;
    private final ProgrammeAccess access;
    private final NotifyingPeople notifications;
    private final Clock clock;

    public WritingFrame(Sql sql, ProgrammeFrames frames, ProgrammeAccess access,
                        NotifyingPeople notifications, Clock clock) {
        this.sql = sql;
        this.frames = frames;
        this.access = access;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Writes the next version and tells every participant; returns it. */
    @Transactional
    public FrameView write(Viewer viewer, UUID programme, NewFrame frame) {
        ProgrammeAccess.Standing standing = access.standing(viewer, programme);
        if (!viewer.is(Role.HR) && !standing.managesUnit()) {
            if (standing.participant() || standing.managesParticipant() || viewer.is(Role.REPRESENTATIVE)) {
                throw Problem.forbidden("Only HR and the managers of the programme's units write its frame.");
            }
            throw Problem.notFound("A programme with id " + programme);
        }
        // one writer at a time per programme, so versions are consecutive
        sql.exists("select 1 from programme where id = ? for update", programme);
        int version = frames.findFirstByIdProgrammeIdOrderByIdVersionDesc(programme)
                .map(latest -> latest.id().version() + 1).orElse(1);
        List<String> gains = frame.gains() == null ? List.of()
                : frame.gains().stream().distinct().map(Enum::name).toList();
        FrameRow written = frames.save(new FrameRow(new FrameRow.Key(programme, version), frame.purpose(),
                orEmpty(frame.ambition()), orEmpty(frame.fixed()), orEmpty(frame.open()), gains,
                orEmpty(frame.whoGains()), orEmpty(frame.doLessOf()), orEmpty(frame.freedTimeUse()),
                frame.influenceLevel(), orEmpty(frame.involved()), viewer.accountId(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        sql.update("""
                insert into programme_event (programme_id, type, payload, actor)
                values (?, ?, jsonb_build_object('version', ?::int), ?)""",
                programme, FRAME_CHANGED, version, viewer.accountId());
        notifications.participants(programme, FRAME_CHANGED);
        return FrameView.of(written);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
