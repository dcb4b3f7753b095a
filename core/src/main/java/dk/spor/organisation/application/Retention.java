package dk.spor.organisation.application;

import dk.spor.database.Sql;
import dk.spor.organisation.persistence.People;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The retention policy: a person's data ends when they leave. Once a person has been marked as left for longer than
 * {@code spor.retention.after-leaving}, their person record is deleted and with it, by the schema's cascades, every
 * row about them: survey answers and profiles, learning goals and follow-ups, attendance, busy time, bookings, feed,
 * notifications, reflections and their account. What teams wrote in the learning log stays, without its author; their
 * use-case evidence and module evaluations stay as rows linked to nobody (the schema sets the link to null), so that
 * the aggregates keep their counts, and without the words they wrote in them, which could tell who they were. Each person is erased in a transaction of their own, so a crash half-way leaves
 * everyone either whole or gone. The log says how many, never who.
 */
@Singleton
@Requires(property = "spor.retention.enabled", notEquals = "false")
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final People people;
    private final Sql sql;
    private final Clock clock;
    private final Duration afterLeaving;

    public Retention(People people, Sql sql, Clock clock,
                     @Value("${spor.retention.after-leaving:90d}") Duration afterLeaving) {
        if (afterLeaving.isNegative()) {
            throw new IllegalArgumentException("spor.retention.after-leaving must not be negative: " + afterLeaving);
        }
        this.people = people;
        this.sql = sql;
        this.clock = clock;
        this.afterLeaving = afterLeaving;
    }

    @Scheduled(fixedDelay = "${spor.retention.check-interval:1h}", initialDelay = "${spor.retention.initial-delay:1m}")
    void eraseDue() {
        int erased = 0;
        for (UUID person : due()) {
            if (erase(person)) {
                erased++;
            }
        }
        if (erased > 0) {
            LOG.info("Retention: erased the data of {} people who left more than {} ago.", erased, afterLeaving);
        }
    }

    @Transactional
    List<UUID> due() {
        return people.findIdByLeftAtLessThanOrderByLeftAt(cutOff());
    }

    /** Deletes one leaver, unless they came back (a later import cleared {@code left_at}) in the meantime. */
    @Transactional
    boolean erase(UUID person) {
        Instant cutOff = cutOff();
        sql.update("update use_case_evidence set problems = '' where person_id = ? and exists (select 1 from person"
                + " where id = ? and left_at < ?)", person, person, cutOff);
        sql.update("update module_evaluation set why = '' where person_id = ? and exists (select 1 from person"
                + " where id = ? and left_at < ?)", person, person, cutOff);
        return people.deleteByIdAndLeftAtLessThan(person, cutOff) == 1;
    }

    private Instant cutOff() {
        return clock.instant().minus(afterLeaving);
    }
}
