package dk.spor.booking.application;

import dk.spor.calendars.Attendee;
import dk.spor.calendars.SectorRules;
import dk.spor.calendars.SlotFinder;
import dk.spor.calendars.SlotRequest;
import dk.spor.calendars.SlotResult;
import dk.spor.calendars.TimeRange;
import dk.spor.plugins.PolicyData;
import dk.spor.plugins.Sectors;
import dk.spor.programme.application.ProgrammeEvents;
import dk.spor.web.Problem;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Plans action learning for a whole programme: for every gap between two modules and every team (unit) with
 * participants, one common block for the team and a support person, or the fewest sub-groups when no common block
 * exists. The whole plan is written in one transaction; bookings keep their UID for life and raise their SEQUENCE
 * on every change, and the people affected get an update or a cancellation through the outbox.
 */
@Singleton
public class PlanningActionLearning {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningActionLearning.class);
    private static final Duration BUFFER = Duration.ofMinutes(15);

    private final DataSource dataSource;
    private final Sectors sectors;
    private final Deliveries deliveries;
    private final Clock clock;
    private final SlotFinder slotFinder = new SlotFinder();

    public PlanningActionLearning(DataSource dataSource, Sectors sectors, Deliveries deliveries, Clock clock) {
        this.dataSource = dataSource;
        this.sectors = sectors;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Serdeable
    public record PlanReport(int created, int moved, int cancelled, int unchanged, int splitTeams,
                             List<String> notBooked) {
    }

    private record Gap(int number, TimeRange window) {
    }

    private record Member(UUID person, boolean support) {
    }

    private record Existing(UUID id, String uid, int sequence, String status, Instant start, Instant end,
                            Set<UUID> attendees) {
    }

    private record Key(int gap, UUID unit, int group) {
    }

    private record Planned(Key key, TimeRange slot, Map<UUID, Boolean> attendees) {
    }

    /** Told how far a long planning run has come: team-gaps searched out of all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void searched(int done, int total);
    }

    /** Plans (or re-plans) every gap of the programme. */
    @Transactional
    public PlanReport plan(UUID programme) {
        return plan(programme, Progress.NONE);
    }

    /** Plans (or re-plans) every gap of the programme, telling {@code progress} as it goes. */
    @Transactional
    public PlanReport plan(UUID programme, Progress progress) {
        try {
            Connection c = dataSource.getConnection();
            String state = state(c, programme);
            if (state.equals("PAUSED") || state.equals("POSTPONED") || state.equals("COMPLETED") || state.equals("DRAFT")) {
                return apply(c, programme, List.of(), List.of());
            }
            int minutes = minutes(c, programme);
            SectorRules rules = sectors.policyOf(programme).map(PlanningActionLearning::rules).orElse(SectorRules.NONE);
            List<Gap> gaps = gaps(c, programme);
            Map<UUID, List<Member>> teams = teams(c, programme);
            Map<UUID, List<TimeRange>> busy = busy(c, programme, teams);
            List<Planned> plan = new ArrayList<>();
            List<String> notBooked = new ArrayList<>();
            int split = 0;
            int total = gaps.size() * teams.size();
            int done = 0;
            for (Gap gap : gaps) {
                for (Map.Entry<UUID, List<Member>> team : teams.entrySet()) {
                    List<Attendee> attendees = team.getValue().stream().map(m -> m.support()
                            ? Attendee.required(m.person().toString(), busy.getOrDefault(m.person(), List.of()))
                            : Attendee.of(m.person().toString(), busy.getOrDefault(m.person(), List.of()))).toList();
                    SlotResult result = slotFinder.find(SlotRequest.builder(attendees, gap.window())
                            .duration(Duration.ofMinutes(minutes)).buffers(BUFFER, BUFFER)
                            .sectorRules(rules).clock(clock).build());
                    if (result.outcome() == SlotResult.Outcome.SPLIT) {
                        split++;
                    }
                    if (!result.unschedulable().isEmpty() || result.groups().isEmpty()) {
                        notBooked.add("gap " + gap.number() + ", unit " + team.getKey() + ": " + result.reason());
                    }
                    int group = 0;
                    for (SlotResult.GroupSlot g : result.groups()) {
                        Map<UUID, Boolean> members = new LinkedHashMap<>();
                        for (String id : g.attendeeIds()) {
                            UUID person = UUID.fromString(id);
                            boolean support = team.getValue().stream().anyMatch(m -> m.person().equals(person) && m.support());
                            members.put(person, support);
                            // the same person (a support person for several teams) is now busy in this block
                            busy.computeIfAbsent(person, p -> new ArrayList<>()).add(g.slot());
                        }
                        plan.add(new Planned(new Key(gap.number(), team.getKey(), group++), g.slot(), members));
                    }
                    if (++done % 50 == 0 || done == total) {
                        progress.searched(done, total);
                    }
                }
            }
            PlanReport report = apply(c, programme, plan, notBooked);
            LOG.info("Action learning planned for programme {}: {} created, {} moved, {} cancelled, {} unchanged",
                    programme, report.created(), report.moved(), report.cancelled(), report.unchanged());
            return new PlanReport(report.created(), report.moved(), report.cancelled(), report.unchanged(), split,
                    notBooked);
        } catch (SQLException e) {
            throw new IllegalStateException("Planning failed and the previous plan is kept: " + e.getMessage(), e);
        }
    }

    /** Moving a module re-plans the programme; unchanged bookings stay as they are. */
    @EventListener
    public void onModuleMoved(ProgrammeEvents.ModuleMoved moved) {
        if (hasBookings(moved.programmeId())) {
            plan(moved.programmeId());
        }
    }

    /** Pausing or postponing cancels every booking; resuming plans again. */
    @EventListener
    public void onStateChanged(ProgrammeEvents.ProgrammeStateChanged changed) {
        if (hasBookings(changed.programmeId())) {
            plan(changed.programmeId());
        }
    }

    /** Someone who left a unit gets cancellations; someone who joined is planned in. */
    @EventListener
    public void onParticipantsChanged(ProgrammeEvents.ParticipantsChanged changed) {
        if (hasBookings(changed.programmeId())) {
            plan(changed.programmeId());
        }
    }

    private boolean hasBookings(UUID programme) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "select exists(select 1 from booking where programme_id = ?)")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PlanReport apply(Connection c, UUID programme, List<Planned> plan, List<String> notBooked)
            throws SQLException {
        Map<Key, Existing> existing = existing(c, programme);
        Map<Key, Planned> wanted = new LinkedHashMap<>();
        plan.forEach(p -> wanted.put(p.key(), p));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<UUID> replaceAttendees = new ArrayList<>();
        List<UUID> deactivate = new ArrayList<>();
        List<Object[]> attendeeRows = new ArrayList<>();
        List<Deliveries.Notice> notices = new ArrayList<>();
        int created = 0, movedCount = 0, cancelled = 0, unchanged = 0;
        for (Planned p : plan) {
            Existing old = existing.get(p.key());
            if (old != null && old.status().equals("CONFIRMED") && old.start().equals(p.slot().start())
                    && old.end().equals(p.slot().end()) && old.attendees().equals(p.attendees().keySet())) {
                unchanged++;
                continue;
            }
            UUID id = old == null ? UUID.randomUUID() : old.id();
            String uid = old == null ? uid(programme, p.key()) : old.uid();
            int sequence = old == null ? 0 : old.sequence() + 1;
            if (old == null) {
                inserts.add(new Object[]{id, programme, p.key().gap(), p.key().unit(), p.key().group(), uid,
                        Timestamp.from(p.slot().start()), Timestamp.from(p.slot().end())});
                created++;
            } else {
                updates.add(new Object[]{Timestamp.from(p.slot().start()), Timestamp.from(p.slot().end()), "CONFIRMED", id});
                replaceAttendees.add(id);
                movedCount++;
            }
            for (Map.Entry<UUID, Boolean> a : p.attendees().entrySet()) {
                attendeeRows.add(new Object[]{id, a.getKey(), a.getValue() ? "SUPPORT" : "PARTICIPANT",
                        Timestamp.from(p.slot().start()), Timestamp.from(p.slot().end())});
            }
            Set<UUID> removed = old == null ? new java.util.HashSet<>() : new java.util.HashSet<>(old.attendees());
            removed.removeAll(p.attendees().keySet());
            notices.add(new Deliveries.Notice(uid, sequence, p.key().gap(), p.slot(), false,
                    List.copyOf(p.attendees().keySet()), removed));
        }
        for (Map.Entry<Key, Existing> e : existing.entrySet()) {
            Existing old = e.getValue();
            if (!wanted.containsKey(e.getKey()) && old.status().equals("CONFIRMED")) {
                TimeRange slot = new TimeRange(old.start(), old.end());
                updates.add(new Object[]{Timestamp.from(old.start()), Timestamp.from(old.end()), "CANCELLED", old.id()});
                deactivate.add(old.id());
                notices.add(new Deliveries.Notice(old.uid(), old.sequence() + 1, e.getKey().gap(), slot, true,
                        List.copyOf(old.attendees()), Set.of()));
                cancelled++;
            }
        }
        batch(c, """
                insert into booking (id, programme_id, gap_no, unit_id, group_no, uid, status, starts_at, ends_at)
                values (?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, ?)""", inserts);
        batch(c, """
                update booking set starts_at = ?, ends_at = ?, status = ?, sequence = sequence + 1, updated_at = now()
                where id = ?""", updates);
        if (!replaceAttendees.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("delete from booking_attendee where booking_id = any(?)")) {
                ps.setArray(1, c.createArrayOf("uuid", replaceAttendees.toArray()));
                ps.executeUpdate();
            }
        }
        if (!deactivate.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "update booking_attendee set active = false where booking_id = any(?)")) {
                ps.setArray(1, c.createArrayOf("uuid", deactivate.toArray()));
                ps.executeUpdate();
            }
        }
        batch(c, "insert into booking_attendee (booking_id, person_id, role, period) values (?, ?, ?, tstzrange(?, ?))",
                attendeeRows);
        deliveries.queue(c, programme, notices);
        return new PlanReport(created, movedCount, cancelled, unchanged, 0, notBooked);
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static String uid(UUID programme, Key key) {
        return UUID.nameUUIDFromBytes((programme + "/" + key.gap() + "/" + key.unit() + "/" + key.group())
                .getBytes(StandardCharsets.UTF_8)) + "@spor";
    }

    private static Map<Key, Existing> existing(Connection c, UUID programme) throws SQLException {
        Map<Key, Existing> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select b.gap_no, b.unit_id, b.group_no, b.id, b.uid, b.sequence, b.status, b.starts_at, b.ends_at,
                       array(select person_id from booking_attendee a where a.booking_id = b.id and a.active)
                from booking b where b.programme_id = ?""")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(new Key(rs.getInt(1), rs.getObject(2, UUID.class), rs.getInt(3)),
                            new Existing(rs.getObject(4, UUID.class), rs.getString(5), rs.getInt(6), rs.getString(7),
                                    rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                                    Set.of((UUID[]) rs.getArray(10).getArray())));
                }
            }
        }
        return map;
    }

    private static String state(Connection c, UUID programme) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select state from programme where id = ?")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound("A programme with id " + programme);
                }
                return rs.getString(1);
            }
        }
    }

    private static int minutes(Connection c, UUID programme) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select action_learning_minutes from programme where id = ?")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<Gap> gaps(Connection c, UUID programme) throws SQLException {
        List<Instant[]> modules = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select min(s.starts_at), max(s.ends_at) from training_module m join module_session s on s.module_id = m.id
                where m.programme_id = ? group by m.id, m.position order by m.position""")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    modules.add(new Instant[]{rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()});
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < modules.size(); i++) {
            Instant from = modules.get(i)[1];
            Instant to = modules.get(i + 1)[0];
            if (to.isAfter(from)) {
                gaps.add(new Gap(i + 1, new TimeRange(from, to)));
            }
        }
        return gaps;
    }

    /**
     * Teams: the enrolled people by unit, each with a support person — one in the team, or the nearest in the units
     * above it (lowest employee number first, so the choice is stable).
     */
    private static Map<UUID, List<Member>> teams(Connection c, UUID programme) throws SQLException {
        Map<UUID, List<Member>> teams = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select p.unit_id, p.id, exists(select 1 from person_role r where r.person_id = p.id and r.role = 'SUPPORT_PERSON')
                from enrolment e join person p on p.id = e.person_id
                where e.programme_id = ? and e.ended_at is null and p.left_at is null
                order by p.unit_id, p.employee_number""")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    teams.computeIfAbsent(rs.getObject(1, UUID.class), u -> new ArrayList<>())
                            .add(new Member(rs.getObject(2, UUID.class), rs.getBoolean(3)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                with recursive up as (
                    select id, parent_id, 0 as depth from unit where id = ?
                    union all select u.id, u.parent_id, up.depth + 1 from unit u join up on u.id = up.parent_id)
                select p.id from up join person p on p.unit_id = up.id and p.left_at is null
                join person_role r on r.person_id = p.id and r.role = 'SUPPORT_PERSON'
                order by up.depth, p.employee_number limit 1""")) {
            for (Map.Entry<UUID, List<Member>> team : teams.entrySet()) {
                List<Member> members = team.getValue();
                boolean hasSupport = members.stream().anyMatch(Member::support);
                if (hasSupport) {
                    // one support person per team is enough; the others take part as participants
                    boolean first = true;
                    List<Member> normalised = new ArrayList<>();
                    for (Member m : members) {
                        normalised.add(new Member(m.person(), m.support() && first));
                        first = first && !m.support();
                    }
                    team.setValue(normalised);
                    continue;
                }
                ps.setObject(1, team.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        List<Member> withSupport = new ArrayList<>(members);
                        withSupport.add(new Member(rs.getObject(1, UUID.class), true));
                        team.setValue(withSupport);
                    }
                }
            }
        }
        return teams;
    }

    private static Map<UUID, List<TimeRange>> busy(Connection c, UUID programme, Map<UUID, List<Member>> teams)
            throws SQLException {
        Map<UUID, List<TimeRange>> busy = new HashMap<>();
        UUID[] people = teams.values().stream().flatMap(List::stream).map(Member::person).distinct().toArray(UUID[]::new);
        try (PreparedStatement ps = c.prepareStatement("""
                select person_id, lower(period), upper(period) from busy_interval where person_id = any(?)
                union all
                select a.person_id, lower(a.period), upper(a.period) from booking_attendee a
                join booking b on b.id = a.booking_id
                where a.person_id = any(?) and a.active and b.programme_id <> ?""")) {
            ps.setArray(1, c.createArrayOf("uuid", people));
            ps.setArray(2, c.createArrayOf("uuid", people));
            ps.setObject(3, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    busy.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>())
                            .add(new TimeRange(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
                }
            }
        }
        return busy;
    }

    /** A sector's booking policy in the slot finder's terms: each window on its own days, and the days to avoid. */
    static SectorRules rules(PolicyData policy) {
        List<SectorRules.DailyWindow> windows = policy.allowedWindows().stream()
                .map(w -> new SectorRules.DailyWindow(w.from(), w.to(), w.days())).toList();
        return new SectorRules(windows, policy.daysToAvoid());
    }


    @Serdeable
    public record BookingView(String uid, int sequence, String status, int afterModule, UUID unitId, Instant start,
                              Instant end, int attendees) {
    }

    /** The programme's bookings, for HR: times and head counts, no names. */
    @Transactional
    public List<BookingView> bookings(UUID programme) {
        List<BookingView> list = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select b.uid, b.sequence, b.status, b.gap_no, b.unit_id, b.starts_at, b.ends_at,
                       (select count(*) from booking_attendee a where a.booking_id = b.id and a.active)
                from booking b where b.programme_id = ? order by b.starts_at, b.uid""")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new BookingView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                            rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                            rs.getInt(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }
}
