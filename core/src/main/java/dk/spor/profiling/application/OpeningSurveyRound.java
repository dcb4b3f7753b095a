package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.notification.application.NotifyingPeople;
import dk.spor.notification.model.NotificationText;
import dk.spor.profiling.persistence.SurveyResponseRow;
import dk.spor.profiling.persistence.SurveyResponses;
import dk.spor.profiling.persistence.SurveyRoundRow;
import dk.spor.profiling.persistence.SurveyRounds;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * HR opens a survey round for a programme, in the newest instrument version: every active participant is invited and
 * told in Spor. What HR sees of the round is how many were invited, never who answered or declined.
 */
@Singleton
public class OpeningSurveyRound {

    private final Sql sql;
    private final ReadingInstruments instruments;
    private final SurveyRounds rounds;
    private final SurveyResponses responses;
    private final NotifyingPeople notifications;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OpeningSurveyRound(Sql sql, ReadingInstruments instruments, SurveyRounds rounds, SurveyResponses responses,
                              NotifyingPeople notifications, Clock clock) {
        this.sql = sql;
        this.instruments = instruments;
        this.rounds = rounds;
        this.responses = responses;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Serdeable
    public record RoundView(UUID id, UUID programmeId, int instrumentVersion, Instant openedAt,
                            @Nullable Instant closesAt, int invited) {
    }

    @Transactional
    public RoundView open(UUID programme, @Nullable Instant closesAt, UUID actor) {
        ProgrammeState state = sql.first("select state from programme where id = ?",
                        row -> row.enumValue("state", ProgrammeState.class), programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        if (state == ProgrammeState.COMPLETED) {
            throw Problem.conflict("A completed programme gets no new survey rounds.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (closesAt != null && !closesAt.isAfter(now)) {
            throw Problem.invalid("A survey round must close in the future.",
                    List.of(Problem.FieldError.field("closesAt", "is not in the future")));
        }
        int version = instruments.latestVersion();
        SurveyRoundRow round = rounds.save(new SurveyRoundRow(null, programme, version, now, closesAt, actor));
        List<UUID> participants = sql.list("select person_id from active_enrolment where programme_id = ?",
                row -> row.uuid("person_id"), programme);
        // the personal link's token is never stored, only its hash
        responses.saveAll(participants.stream()
                .map(person -> SurveyResponseRow.invited(round.id(), person, hash(newToken()), version, now))
                .toList());
        // in this transaction, so the invitations and the news go together
        notifications.people(participants, programme, NotificationText.SURVEY_OPENED, "");
        return new RoundView(round.id(), programme, version, round.openedAt(), closesAt, participants.size());
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
