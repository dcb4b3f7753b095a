package dk.spor.profiling.application;

import dk.spor.profiling.persistence.Profiles;
import dk.spor.profiling.persistence.SurveyResponses;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Erases a person's answers and profiles (and with them the log of reads of those profiles), so statistics no longer
 * count them. Invitations stay, emptied, so that the person can still answer an open round later if they want to.
 */
@Singleton
public class ErasingSurveyData {

    private final Profiles profiles;
    private final SurveyResponses responses;
    private final Clock clock;

    public ErasingSurveyData(Profiles profiles, SurveyResponses responses, Clock clock) {
        this.profiles = profiles;
        this.responses = responses;
        this.clock = clock;
    }

    @Transactional
    public void erase(UUID person) {
        profiles.deleteByPersonId(person);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        responses.updateAll(responses.findByPersonId(person).stream().map(r -> r.erased(now)).toList());
    }
}
