package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.model.AttitudeType;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A person's current profile: their latest, unless they declined a survey round after it. Someone who declines a
 * later round has said no to being profiled, so nothing attitude-based is tailored for them any more (no offers, no
 * recommendations, no shared profile for the manager, not in distributions); the older profile stays in their own
 * history, which they can still read and erase.
 */
@Singleton
public class ReadingCurrentProfile {

    /** SQL: the profile {@code p} is current as far as declining goes: no round was declined after it. */
    public static final String NOT_DECLINED_SINCE = "not exists (select 1 from survey_response d"
            + " where d.person_id = p.person_id and d.status = 'DECLINED' and d.declined_at > p.computed_at)";

    private final Sql sql;

    public ReadingCurrentProfile(Sql sql) {
        this.sql = sql;
    }

    /** The leading and second type of the person's current profile; none without one or without a clear type. */
    @ReadOnly
    public List<AttitudeType> types(UUID person) {
        return sql.first("select p.leading_type, p.second_type from profile p where p.person_id = ? and "
                        + NOT_DECLINED_SINCE + " and not exists (select 1 from profile q"
                        + " where q.person_id = p.person_id and q.computed_at > p.computed_at)",
                        row -> Stream.of(row.enumValue("leading_type", AttitudeType.class),
                                row.enumValue("second_type", AttitudeType.class)).filter(Objects::nonNull).toList(),
                        person)
                .orElse(List.of());
    }

    /** When the person last declined a round and still stands by it, if they have. */
    @ReadOnly
    public Optional<Instant> declinedSince(UUID person) {
        return sql.first("select max(declined_at) as at from survey_response where person_id = ?"
                + " and status = 'DECLINED'", row -> row.instant("at"), person);
    }
}
