package dk.spor.booking.application;

import dk.spor.programme.model.ProgrammeTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's own action-learning blocks, as a participant or as the support person: when, with whom, and after which
 * module. What the calendar invitation says, and the programme it belongs to.
 */
@Singleton
public class MyBookings {

    private final DataSource dataSource;

    public MyBookings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code role} is PARTICIPANT or SUPPORT; {@code start}/{@code end} are Europe/Copenhagen wall time. */
    @Serdeable
    public record MyBooking(String uid, UUID programmeId, String programmeName, int afterModule, String role,
                            Instant startUtc, Instant endUtc, LocalDateTime start, LocalDateTime end, String unitName,
                            @Nullable String supportPerson, List<String> withPeople) {
    }

    /**
     * The person's confirmed bookings ending at or after {@code from}, in time order; one programme when given.
     */
    @Transactional
    public List<MyBooking> of(UUID person, @Nullable UUID programme, Instant from) {
        List<MyBooking> list = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select b.uid, b.programme_id, g.name, b.gap_no, a.role, b.starts_at, b.ends_at, u.name,
                       (select p.name from booking_attendee s join person p on p.id = s.person_id
                        where s.booking_id = b.id and s.active and s.role = 'SUPPORT' and s.person_id <> a.person_id
                        order by p.name limit 1),
                       array(select p.name from booking_attendee o join person p on p.id = o.person_id
                             where o.booking_id = b.id and o.active and o.role = 'PARTICIPANT'
                               and o.person_id <> a.person_id order by p.name)
                from booking_attendee a join booking b on b.id = a.booking_id
                join programme g on g.id = b.programme_id join unit u on u.id = b.unit_id
                where a.person_id = ? and a.active and b.status = 'CONFIRMED' and b.ends_at >= ?
                  and (?::uuid is null or b.programme_id = ?)
                order by b.starts_at, b.uid""")) {
            ps.setObject(1, person);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setObject(3, programme);
            ps.setObject(4, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant start = rs.getTimestamp(6).toInstant();
                    Instant end = rs.getTimestamp(7).toInstant();
                    list.add(new MyBooking(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                            rs.getString(5), start, end, LocalDateTime.ofInstant(start, ProgrammeTime.ZONE),
                            LocalDateTime.ofInstant(end, ProgrammeTime.ZONE), rs.getString(8), rs.getString(9),
                            List.of((String[]) rs.getArray(10).getArray())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }
}
