package dk.spor.profiling.application;

import dk.spor.profiling.model.SurveyStatus;
import dk.spor.profiling.persistence.SurveyResponses;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An employee declines the survey: a normal answer with its own path. Draft answers are dropped, no profile is made
 * and nobody is told.
 */
@Singleton
public class DecliningSurvey {

    private final ReadingMySurveys surveys;
    private final SurveyResponses responses;
    private final Clock clock;

    public DecliningSurvey(ReadingMySurveys surveys, SurveyResponses responses, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.clock = clock;
    }

    @Transactional
    public SurveyView decline(UUID person, UUID response) {
        SurveyView current = surveys.one(person, response);
        if (current.status() == SurveyStatus.SUBMITTED) {
            throw Problem.conflict("These answers are already submitted. You can erase your survey data instead.");
        }
        responses.findByIdAndPersonId(response, person).ifPresent(row ->
                responses.update(row.declined(clock.instant().truncatedTo(ChronoUnit.MICROS))));
        return surveys.one(person, response);
    }
}
