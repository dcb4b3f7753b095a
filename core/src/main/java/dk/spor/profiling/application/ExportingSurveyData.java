package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.model.SurveyStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything Spor holds about a person's survey answers, profiles and who read them, for the person themself. */
@Singleton
public class ExportingSurveyData {

    private final Sql sql;
    private final JsonMapper json;
    private final ReadingMyProfiles profiles;
    private final ReadingProfileAccessLog accessLog;
    private final Clock clock;

    public ExportingSurveyData(Sql sql, JsonMapper json, ReadingMyProfiles profiles, ReadingProfileAccessLog accessLog,
                               Clock clock) {
        this.sql = sql;
        this.json = json;
        this.profiles = profiles;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResponseExport(UUID id, UUID roundId, String programmeName, SurveyStatus status,
                                 int instrumentVersion, Map<String, Object> answers, List<String> taskTypes,
                                 List<String> aiToolsHeard, List<String> aiToolsUsed, Instant createdAt,
                                 @Nullable Instant submittedAt, @Nullable Instant declinedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Export(UUID personId, Instant exportedAt, List<ResponseExport> surveys, List<ProfileView> profiles,
                         List<ReadingProfileAccessLog.AccessView> accessLog) {
    }

    @ReadOnly
    public Export export(UUID person) {
        List<ResponseExport> surveys = sql.list("""
                select r.id, r.round_id, g.name as programme_name, r.status, r.instrument_version,
                       r.answers::text as answers, r.task_types, r.ai_tools_heard, r.ai_tools_used, r.created_at,
                       r.submitted_at, r.declined_at
                from survey_response r join survey_round d on d.id = r.round_id join programme g on g.id = d.programme_id
                where r.person_id = ? order by r.created_at""", this::response, person);
        return new Export(person, clock.instant(), surveys, profiles.mine(person), accessLog.of(person));
    }

    private ResponseExport response(Sql.Row row) throws SQLException {
        try {
            return new ResponseExport(row.uuid("id"), row.uuid("round_id"), row.string("programme_name"),
                    row.enumValue("status", SurveyStatus.class), row.intValue("instrument_version"),
                    json.readValue(row.string("answers"), Argument.mapOf(String.class, Object.class)),
                    row.strings("task_types"), row.strings("ai_tools_heard"), row.strings("ai_tools_used"),
                    row.instant("created_at"), row.instant("submitted_at"), row.instant("declined_at"));
        } catch (IOException e) {
            throw new UncheckedIOException("stored survey answers that are not JSON", e);
        }
    }
}
