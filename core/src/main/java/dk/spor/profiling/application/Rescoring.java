package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.model.Instrument;
import dk.spor.profiling.model.Profile;
import dk.spor.profiling.model.ProfileScorer;
import dk.spor.profiling.model.SurveyStatus;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Re-scores every submitted response of an instrument version in bulk — after a bulk import of answers, or to
 * prove old profiles reproducible — in one transaction: responses are read in one query, scored by the pure
 * scorer, and written back with COPY and one set-based update, not one round trip per response.
 */
@Singleton
public class Rescoring {

    /** The scored rows go to COPY in pieces of about this much text, never as one string of them all. */
    private static final int COPY_CHUNK = 1 << 20;
    /** Fast path, through Sql.copyIn: COPY writes tens of thousands of profiles in the time inserts write hundreds. */
    private static final String COPY = "copy rescored from stdin with (format text)";

    private final Sql sql;
    private final ReadingInstruments instruments;
    private final ShowingProfile showing;
    private final JsonMapper json;

    public Rescoring(Sql sql, ReadingInstruments instruments, ShowingProfile showing, JsonMapper json) {
        this.sql = sql;
        this.instruments = instruments;
        this.showing = showing;
        this.json = json;
    }

    @Serdeable
    public record RescoreReport(int instrumentVersion, int responses, int profilesCreated, int profilesUpdated) {
    }

    private record Submitted(UUID id, UUID person, String answers) {
    }

    /** Told how far a bulk re-scoring has come: responses scored out of all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void scored(int done, int total);
    }

    @Transactional
    public RescoreReport rescore(int version) {
        return rescore(version, Progress.NONE);
    }

    /** As {@link #rescore(int)}, telling {@code progress} as it goes (every 500 responses and at the end). */
    @Transactional
    public RescoreReport rescore(int version, Progress progress) {
        Instrument instrument = instruments.instrument(version);
        sql.update("""
                create temporary table rescored (response_id uuid, person_id uuid, status text, leading_type text,
                    second_type text, scores jsonb, explanation jsonb) on commit drop""");
        // one connection cannot read and COPY at the same time: read first, then score, then write
        List<Submitted> rows = sql.list("""
                        select id, person_id, answers::text as answers from survey_response
                        where instrument_version = ? and status = ?""",
                row -> new Submitted(row.uuid("id"), row.uuid("person_id"), row.string("answers")),
                version, SurveyStatus.SUBMITTED);
        StringBuilder batch = new StringBuilder(COPY_CHUNK + (1 << 16));
        int scored = 0;
        progress.scored(0, rows.size());
        try {
            for (Submitted row : rows) {
                if (++scored % 500 == 0) {
                    progress.scored(scored, rows.size());
                }
                Map<String, Object> answers = json.readValue(row.answers(), Argument.mapOf(String.class, Object.class));
                Profile profile = ProfileScorer.score(instrument, AnsweringSurvey.read(instrument, answers));
                batch.append(row.id()).append('\t').append(row.person()).append('\t')
                        .append(profile.status().name()).append('\t')
                        .append(profile.leading().map(Enum::name).orElse("\\N")).append('\t')
                        .append(profile.second().map(Enum::name).orElse("\\N")).append('\t')
                        .append(copyText(showing.scores(profile))).append('\t')
                        .append(copyText(showing.explanation(profile))).append('\n');
                if (batch.length() > COPY_CHUNK) {
                    sql.copyIn(COPY, batch);
                    batch.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Re-scoring failed and changed nothing: " + e.getMessage(), e);
        }
        if (!batch.isEmpty()) {
            sql.copyIn(COPY, batch);
        }
        progress.scored(rows.size(), rows.size());
        int updated = sql.update("""
                update profile p set status = r.status, leading_type = r.leading_type,
                    second_type = r.second_type, scores = r.scores, explanation = r.explanation
                from rescored r where p.response_id = r.response_id
                  and (p.status, p.leading_type, p.second_type, p.scores, p.explanation)
                      is distinct from (r.status, r.leading_type, r.second_type, r.scores, r.explanation)""");
        int created = sql.update("""
                insert into profile (person_id, response_id, instrument_version, status, leading_type,
                                     second_type, scores, explanation)
                select r.person_id, r.response_id, ?, r.status, r.leading_type, r.second_type, r.scores,
                       r.explanation
                from rescored r where not exists (select 1 from profile p where p.response_id = r.response_id)""",
                version);
        return new RescoreReport(version, rows.size(), created, updated);
    }

    /** COPY's text format: backslash, tab and line breaks escaped. */
    private static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
