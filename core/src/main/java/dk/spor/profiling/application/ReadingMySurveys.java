package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.profiling.persistence.SurveyItems;
import dk.spor.profiling.persistence.TaskTypes;
import dk.spor.web.Problem;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The surveys of rounds that are still open, for the person themself and nobody else. */
@Singleton
public class ReadingMySurveys {

    /** A read model over the response, its round, the programme's name and the instrument's scale. */
    private static final String SURVEYS = """
            select r.id, r.round_id, g.name as programme_name, r.status, r.instrument_version, d.closes_at,
                   i.scale_min, i.scale_max, r.answers::text as answers, r.task_types, r.ai_tools_heard,
                   r.ai_tools_used
            from survey_response r join survey_round d on d.id = r.round_id
            join programme g on g.id = d.programme_id
            join survey_instrument i on i.version = r.instrument_version
            where r.person_id = ? and (d.closes_at is null or d.closes_at > now())
            """;

    private final Sql sql;
    private final SurveyItems items;
    private final TaskTypes taskTypes;
    private final JsonMapper json;

    public ReadingMySurveys(Sql sql, SurveyItems items, TaskTypes taskTypes, JsonMapper json) {
        this.sql = sql;
        this.items = items;
        this.taskTypes = taskTypes;
        this.json = json;
    }

    private record Stored(UUID id, UUID roundId, String programmeName, SurveyStatus status, int instrumentVersion,
                          Instant closesAt, int scaleMin, int scaleMax, String answers, List<String> taskTypes,
                          List<String> aiToolsHeard, List<String> aiToolsUsed) {
    }

    /** Newest round first. */
    @ReadOnly
    public List<SurveyView> mine(UUID person) {
        return views(sql.list(SURVEYS + "order by d.opened_at desc", ReadingMySurveys::stored, person));
    }

    /** One of the person's surveys, while its round is open; someone else's is "not found". */
    @ReadOnly
    public SurveyView one(UUID person, UUID response) {
        return sql.first(SURVEYS + "and r.id = ?", ReadingMySurveys::stored, person, response)
                .map(survey -> views(List.of(survey)).get(0))
                .orElseThrow(() -> Problem.notFound("An open survey with id " + response));
    }

    private List<SurveyView> views(List<Stored> surveys) {
        if (surveys.isEmpty()) {
            return List.of();
        }
        List<SurveyView.Choice> choices = taskTypes.listOrderByPosition().stream()
                .map(t -> new SurveyView.Choice(t.key(), t.nameDa(), t.nameEn())).toList();
        Map<Integer, List<SurveyView.ItemView>> statements = new HashMap<>();
        return surveys.stream().map(s -> new SurveyView(s.id(), s.roundId(), s.programmeName(), s.status(),
                s.instrumentVersion(), s.closesAt(), s.scaleMin(), s.scaleMax(),
                statements.computeIfAbsent(s.instrumentVersion(), this::statements), answers(s.answers()),
                s.taskTypes(), s.aiToolsHeard(), s.aiToolsUsed(), choices)).toList();
    }

    private List<SurveyView.ItemView> statements(int version) {
        return items.findByIdInstrumentVersionOrderByPosition(version).stream()
                .map(i -> new SurveyView.ItemView(i.id().key(), i.position(), i.textDa(), i.textEn())).toList();
    }

    private Map<String, Object> answers(String stored) {
        try {
            return json.readValue(stored, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored survey answers that are not JSON", e);
        }
    }

    private static Stored stored(Sql.Row row) throws SQLException {
        return new Stored(row.uuid("id"), row.uuid("round_id"), row.string("programme_name"),
                row.enumValue("status", SurveyStatus.class), row.intValue("instrument_version"),
                row.instant("closes_at"), row.intValue("scale_min"), row.intValue("scale_max"), row.string("answers"),
                row.strings("task_types"), row.strings("ai_tools_heard"), row.strings("ai_tools_used"));
    }
}
