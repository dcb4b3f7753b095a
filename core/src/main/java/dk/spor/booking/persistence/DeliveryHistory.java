package dk.spor.booking.persistence;

import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.SupersedingInvitations.SentVersion;
import dk.spor.database.Sql;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the outbox already holds for the same person, channel and booking as each of some rows: the newest row, and
 * the versions sent, in order. Hand-written through {@link Sql}: one read for a whole batch of rows.
 */
@Singleton
public class DeliveryHistory {

    private final Sql sql;

    public DeliveryHistory(Sql sql) {
        this.sql = sql;
    }

    /** For one row: the highest row id for its person, channel and booking, and the versions sent so far. */
    public record Of(long newestId, List<SentVersion> sent) {

        /** What reached the person last, or null when nothing did. */
        public SentVersion lastSent() {
            return sent.isEmpty() ? null : sent.get(sent.size() - 1);
        }
    }

    public Map<Long, Of> of(Collection<Long> rowIds) {
        Map<Long, Of> found = new HashMap<>();
        if (rowIds.isEmpty()) {
            return found;
        }
        sql.each("""
                select o.id,
                       (select max(n.id) from delivery_outbox n where n.channel = o.channel
                          and n.person_id = o.person_id and n.booking_uid = o.booking_uid) as newest,
                       array(select n.method || ':' || n.sent_sequence from delivery_outbox n
                             where n.channel = o.channel and n.person_id = o.person_id
                               and n.booking_uid = o.booking_uid and n.outcome = 'SENT' and n.sent_sequence is not null
                             order by n.sent_at, n.id) as sent
                from delivery_outbox o where o.id = any(?::bigint[])""",
                row -> {
                    List<SentVersion> sent = new ArrayList<>();
                    for (String s : row.strings("sent")) {
                        int colon = s.indexOf(':');
                        sent.add(new SentVersion(InvitationMethod.valueOf(s.substring(0, colon)),
                                Integer.parseInt(s.substring(colon + 1))));
                    }
                    found.put(row.longValue("id"), new Of(row.longValue("newest"), sent));
                }, (Object) rowIds.stream().map(String::valueOf).toArray(String[]::new));
        return found;
    }
}
