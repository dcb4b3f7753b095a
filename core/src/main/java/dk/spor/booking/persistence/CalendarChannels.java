package dk.spor.booking.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People's chosen calendar channels. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarChannels extends GenericRepository<CalendarChannelRow, UUID> {

    Optional<CalendarChannelRow> findById(UUID personId);

    List<CalendarChannelRow> findByPersonIdIn(Collection<UUID> personIds);

    /** The person's one channel is now this one. */
    @Query(value = """
            insert into calendar_channel (person_id, channel) values (:personId, :channel)
            on conflict (person_id) do update set channel = excluded.channel, chosen_at = now()""",
            nativeQuery = true)
    void choose(UUID personId, String channel);

    /** Forgets the person's own choice; the organisation's default applies to them again. */
    @Query(value = "delete from calendar_channel where person_id = :personId", nativeQuery = true)
    int forget(UUID personId);
}
