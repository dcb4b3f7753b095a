package dk.spor.profiling.application;

import dk.spor.profiling.model.Instrument;
import dk.spor.profiling.model.Profile;
import dk.spor.profiling.model.ProfileScorer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Re-scores every submitted response of an instrument version in bulk — after a bulk import of answers, or to
 * prove old profiles reproducible — in one transaction: responses are streamed out in one query, scored by the pure
 * scorer, and written back with COPY and one set-based update, not one round trip per response.
 */
@Singleton
public class Rescoring {

    private static final int FETCH = 2000;

    private final DataSource dataSource;
    private final Surveys surveys;
    private final JsonMapper json;

    public Rescoring(DataSource dataSource, Surveys surveys, JsonMapper json) {
        this.dataSource = dataSource;
        this.surveys = surveys;
        this.json = json;
    }

    @Serdeable
    public record RescoreReport(int instrumentVersion, int responses, int profilesCreated, int profilesUpdated) {
    }

    @Transactional
    public RescoreReport rescore(int version) {
        Instrument instrument = surveys.instrument(version);
        try {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("""
                        create temporary table rescored (response_id uuid, person_id uuid, status text, leading_type text,
                            second_type text, scores jsonb, explanation jsonb) on commit drop""");
            }
            // one connection cannot read and COPY at the same time: read first, then score, then write in one COPY
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, person_id, answers::text from survey_response
                    where instrument_version = ? and status = 'SUBMITTED'""")) {
                ps.setFetchSize(FETCH);
                ps.setInt(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            int responses = rows.size();
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy rescored from stdin with (format text)");
            StringBuilder batch = new StringBuilder(1 << 20);
            for (String[] row : rows) {
                Map<String, Object> answers = json.readValue(row[2], Argument.mapOf(String.class, Object.class));
                Profile profile = ProfileScorer.score(instrument, Surveys.parse(instrument, answers));
                batch.append(row[0]).append('\t').append(row[1]).append('\t')
                        .append(profile.status().name()).append('\t')
                        .append(profile.leading().map(Enum::name).orElse("\\N")).append('\t')
                        .append(profile.second().map(Enum::name).orElse("\\N")).append('\t')
                        .append(copyText(json.writeValueAsString(ProfileViews.scores(profile)))).append('\t')
                        .append(copyText(json.writeValueAsString(ProfileViews.explanation(profile)))).append('\n');
                if (batch.length() > (1 << 20)) {
                    write(copy, batch);
                }
            }
            write(copy, batch);
            copy.endCopy();
            int updated;
            int created;
            try (Statement s = c.createStatement()) {
                updated = s.executeUpdate("""
                        update profile p set status = r.status, leading_type = r.leading_type,
                            second_type = r.second_type, scores = r.scores, explanation = r.explanation
                        from rescored r where p.response_id = r.response_id
                          and (p.status, p.leading_type, p.second_type, p.scores, p.explanation)
                              is distinct from (r.status, r.leading_type, r.second_type, r.scores, r.explanation)""");
                created = s.executeUpdate("""
                        insert into profile (person_id, response_id, instrument_version, status, leading_type,
                                             second_type, scores, explanation)
                        select r.person_id, r.response_id, %d, r.status, r.leading_type, r.second_type, r.scores,
                               r.explanation
                        from rescored r where not exists (select 1 from profile p where p.response_id = r.response_id)"""
                        .formatted(version));
            }
            return new RescoreReport(version, responses, created, updated);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Re-scoring failed and changed nothing: " + e.getMessage(), e);
        }
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    /** COPY's text format: backslash, tab and line breaks escaped. */
    private static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

}
