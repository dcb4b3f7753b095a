package dk.spor.profiling.application;

import dk.spor.profiling.persistence.SurveyRounds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * HR closes a round now: nobody can answer it any more, and what was answered stays. Closing a closed round changes
 * nothing.
 */
@Singleton
public class ClosingSurveyRound {

    private final ReadingSurveyRounds reading;
    private final SurveyRounds rounds;
    private final Clock clock;

    public ClosingSurveyRound(ReadingSurveyRounds reading, SurveyRounds rounds, Clock clock) {
        this.reading = reading;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Transactional
    public ReadingSurveyRounds.RoundStatus close(UUID programme, UUID round) {
        if (reading.get(programme, round).open()) {
            rounds.updateClosesAt(round, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        return reading.get(programme, round);
    }
}
