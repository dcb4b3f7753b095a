package dk.spor.booking.delivery;

import dk.spor.booking.application.Deliveries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes due rows from the delivery outbox for one channel, hands each to a sender, and records the outcome. A row
 * that fails stays in the outbox and is tried again later with a growing pause: an outage delays, never loses.
 */
@Singleton
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final DataSource dataSource;
    private final Deliveries deliveries;

    public OutboxDelivery(DataSource dataSource, Deliveries deliveries) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
    }

    /** One outbox row with what the sender needs; the e-mail is looked up now, so a changed address is used. */
    public record Item(long id, UUID person, String email, String name, String bookingUid, String method,
                       String subject, String ics) {
    }

    @FunctionalInterface
    public interface Sender {
        void send(Item item) throws Exception;
    }

    /** Delivers up to {@code limit} due items; returns how many were delivered. */
    @Transactional
    public int deliver(String channel, int limit, Sender sender) {
        try {
            Connection c = dataSource.getConnection();
            List<Item> due = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select o.id, o.person_id, p.email, p.name, o.booking_uid, o.method
                    from delivery_outbox o join person p on p.id = o.person_id
                    where o.channel = ? and o.sent_at is null and o.next_attempt_at <= now()
                    order by o.id limit ? for update of o skip locked""")) {
                ps.setString(1, channel);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(new Item(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), null, null));
                    }
                }
            }
            int delivered = 0;
            for (Item pending : due) {
                Deliveries.Rendered rendered = deliveries.render(c, pending.bookingUid(), pending.method());
                Item item = new Item(pending.id(), pending.person(), pending.email(), pending.name(),
                        pending.bookingUid(), pending.method(), pending.method().equals("CANCEL")
                        ? "Aflyst: " + rendered.summary() : rendered.summary(), rendered.ics());
                try {
                    sender.send(item);
                    mark(c, "update delivery_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?",
                            item.id(), null);
                    delivered++;
                } catch (Exception e) {
                    // the reason is technical (connection refused, 5xx), never the content of the invitation
                    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                    mark(c, """
                            update delivery_outbox set attempts = attempts + 1, last_error = ?,
                                next_attempt_at = now() + %s
                            where id = ?""".formatted(dk.spor.mail.model.RetryPause.inSql("attempts")), item.id(), reason);
                    LOG.warn("Delivery over {} of outbox item {} failed, will retry: {}", channel, item.id(), reason);
                }
            }
            return delivered;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void mark(Connection c, String sql, long id, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (error == null) {
                ps.setLong(1, id);
            } else {
                ps.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
                ps.setLong(2, id);
            }
            ps.executeUpdate();
        }
    }
}
