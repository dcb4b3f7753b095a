package dk.spor.profiling.application;

import dk.spor.profiling.model.Instrument;
import dk.spor.profiling.model.Profile;
import dk.spor.profiling.model.ProfileScorer;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.profiling.persistence.ProfileRow;
import dk.spor.profiling.persistence.Profiles;
import dk.spor.profiling.persistence.SurveyResponseRow;
import dk.spor.profiling.persistence.SurveyResponses;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An employee submits their saved answers; the profile is computed by the instrument version the survey was given in
 * and shown to them first (nobody else sees it until they share it).
 */
@Singleton
public class SubmittingSurvey {

    private final ReadingMySurveys surveys;
    private final ReadingInstruments instruments;
    private final SurveyResponses responses;
    private final Profiles profiles;
    private final ShowingProfile showing;
    private final Clock clock;

    public SubmittingSurvey(ReadingMySurveys surveys, ReadingInstruments instruments, SurveyResponses responses,
                            Profiles profiles, ShowingProfile showing, Clock clock) {
        this.surveys = surveys;
        this.instruments = instruments;
        this.responses = responses;
        this.profiles = profiles;
        this.showing = showing;
        this.clock = clock;
    }

    @Transactional
    public ProfileView submit(UUID person, UUID response) {
        SurveyView current = surveys.one(person, response);
        if (current.status() == SurveyStatus.DECLINED) {
            throw Problem.conflict("You declined this survey. Save answers first if you want to take part after all.");
        }
        if (current.status() == SurveyStatus.SUBMITTED) {
            throw Problem.conflict("These answers are already submitted. Save new answers to take the survey again.");
        }
        Instrument instrument = instruments.instrument(current.instrumentVersion());
        Profile profile = ProfileScorer.score(instrument, AnsweringSurvey.read(instrument, current.answers()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SurveyResponseRow row = responses.findByIdAndPersonId(response, person)
                .orElseThrow(() -> Problem.notFound("An open survey with id " + response));
        responses.update(row.submitted(now));
        try {
            return showing.view(profiles.save(ProfileRow.computed(person, response, profile.instrumentVersion(),
                    profile.status(), profile.leading().orElse(null), profile.second().orElse(null),
                    showing.scores(profile), showing.explanation(profile), now)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
