package dk.spor.profiling.application;

import dk.spor.notification.application.NotifyingPeople;
import dk.spor.notification.model.NotificationText;
import dk.spor.profiling.model.Answer;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.model.Instrument;
import dk.spor.profiling.model.Item;
import dk.spor.profiling.model.Profile;
import dk.spor.profiling.model.ProfileScorer;
import dk.spor.web.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The attitude survey: HR opens a round for a programme, every active participant is invited, and each employee
 * answers part-way, submits (which computes a profile) or declines. Declining is a normal answer with its own path.
 */
@Singleton
public class Surveys {

    public static final String DONT_KNOW = "DONT_KNOW";
    static final int MAX_TASK_TYPES = 3;
    private static final int MAX_TOOLS = 20;
    private static final int MAX_TOOL_LENGTH = 100;

    private final DataSource dataSource;
    private final JsonMapper json;
    private final Profiles profiles;
    private final NotifyingPeople notifications;
    private final SecureRandom random = new SecureRandom();

    public Surveys(DataSource dataSource, JsonMapper json, Profiles profiles, NotifyingPeople notifications) {
        this.notifications = notifications;
        this.dataSource = dataSource;
        this.json = json;
        this.profiles = profiles;
    }

    /** What HR sees of a round: how many were invited, never who answered or declined. */
    @Serdeable
    public record RoundView(UUID id, UUID programmeId, int instrumentVersion, Instant openedAt,
                            @Nullable Instant closesAt, int invited) {
    }

    @Serdeable
    public record ItemView(String key, int position, String textDa, String textEn) {
    }

    @Serdeable
    public record Choice(String key, String nameDa, String nameEn) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SurveyView(UUID id, UUID roundId, String programmeName, SurveyStatus status, int instrumentVersion,
                             @Nullable Instant closesAt, int scaleMin, int scaleMax, List<ItemView> items,
                             Map<String, Object> answers, List<String> taskTypes, List<String> aiToolsHeard,
                             List<String> aiToolsUsed, List<Choice> taskTypeChoices) {
    }

    public record NewAnswers(Map<String, Object> answers, List<String> taskTypes, List<String> aiToolsHeard,
                             List<String> aiToolsUsed) {
    }

    @Transactional
    public RoundView openRound(UUID programme, @Nullable Instant closesAt, UUID actor) {
        try {
            Connection c = connection();
            try (PreparedStatement ps = c.prepareStatement("select state from programme where id = ?")) {
                ps.setObject(1, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("A programme with id " + programme);
                    }
                    if ("COMPLETED".equals(rs.getString(1))) {
                        throw Problem.conflict("A completed programme gets no new survey rounds.");
                    }
                }
            }
            if (closesAt != null && !closesAt.isAfter(Instant.now())) {
                throw Problem.invalid("A survey round must close in the future.",
                        List.of(Problem.FieldError.field("closesAt", "is not in the future")));
            }
            int version;
            try (PreparedStatement ps = c.prepareStatement("select max(version) from survey_instrument");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
            UUID id;
            Instant openedAt;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into survey_round (programme_id, instrument_version, closes_at, opened_by)
                    values (?, ?, ?, ?) returning id, opened_at""")) {
                ps.setObject(1, programme);
                ps.setInt(2, version);
                ps.setTimestamp(3, closesAt == null ? null : Timestamp.from(closesAt));
                ps.setObject(4, actor);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getObject(1, UUID.class);
                    openedAt = rs.getTimestamp(2).toInstant();
                }
            }
            List<UUID> participants = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select e.person_id from enrolment e join person p on p.id = e.person_id
                    where e.programme_id = ? and e.ended_at is null and p.left_at is null""")) {
                ps.setObject(1, programme);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        participants.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into survey_response (round_id, person_id, token_hash, instrument_version)
                    values (?, ?, ?, ?)""")) {
                for (UUID person : participants) {
                    ps.setObject(1, id);
                    ps.setObject(2, person);
                    // the personal link's token is never stored, only its hash
                    ps.setString(3, hash(newToken()));
                    ps.setInt(4, version);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            notifications.people(participants, programme, NotificationText.SURVEY_OPENED, "");
            return new RoundView(id, programme, version, openedAt, closesAt, participants.size());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The surveys of rounds that are still open, for the person themself. */
    @Transactional
    public List<SurveyView> mine(UUID person) {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                select r.id from survey_response r join survey_round d on d.id = r.round_id
                where r.person_id = ? and (d.closes_at is null or d.closes_at > now()) order by d.opened_at desc""")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids.stream().map(id -> load(person, id)).toList();
    }

    /** Saves answers part-way; the whole set replaces what was saved before. Re-opens a submitted or declined survey. */
    @Transactional
    public SurveyView save(UUID person, UUID response, NewAnswers answers) {
        SurveyView current = load(person, response);
        Instrument instrument = instrument(current.instrumentVersion());
        Map<String, Answer> parsed = parse(instrument, answers.answers());
        List<String> taskTypes = checkTaskTypes(answers.taskTypes());
        List<String> heard = checkTools("aiToolsHeard", answers.aiToolsHeard());
        List<String> used = checkTools("aiToolsUsed", answers.aiToolsUsed());
        try (PreparedStatement ps = connection().prepareStatement("""
                update survey_response set answers = ?::jsonb, task_types = ?, ai_tools_heard = ?, ai_tools_used = ?,
                    status = 'IN_PROGRESS', declined_at = null, updated_at = now() where id = ?""")) {
            ps.setString(1, json.writeValueAsString(stored(parsed)));
            ps.setArray(2, connection().createArrayOf("text", taskTypes.toArray()));
            ps.setArray(3, connection().createArrayOf("text", heard.toArray()));
            ps.setArray(4, connection().createArrayOf("text", used.toArray()));
            ps.setObject(5, response);
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return load(person, response);
    }

    /** Submits the saved answers; the profile is computed by the instrument version the survey was given in. */
    @Transactional
    public ProfileViews.ProfileView submit(UUID person, UUID response) {
        SurveyView current = load(person, response);
        if (current.status() == SurveyStatus.DECLINED) {
            throw Problem.conflict("You declined this survey. Save answers first if you want to take part after all.");
        }
        if (current.status() == SurveyStatus.SUBMITTED) {
            throw Problem.conflict("These answers are already submitted. Save new answers to take the survey again.");
        }
        Instrument instrument = instrument(current.instrumentVersion());
        Profile profile = ProfileScorer.score(instrument, parse(instrument, current.answers()));
        try (PreparedStatement ps = connection().prepareStatement("""
                update survey_response set status = 'SUBMITTED', submitted_at = now(), updated_at = now()
                where id = ?""")) {
            ps.setObject(1, response);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return profiles.record(person, response, profile);
    }

    /** Declines: draft answers are dropped and no profile is made. */
    @Transactional
    public SurveyView decline(UUID person, UUID response) {
        SurveyView current = load(person, response);
        if (current.status() == SurveyStatus.SUBMITTED) {
            throw Problem.conflict("These answers are already submitted. You can erase your survey data instead.");
        }
        try (PreparedStatement ps = connection().prepareStatement("""
                update survey_response set status = 'DECLINED', declined_at = now(), updated_at = now(),
                    answers = '{}'::jsonb, task_types = '{}', ai_tools_heard = '{}', ai_tools_used = '{}'
                where id = ?""")) {
            ps.setObject(1, response);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return load(person, response);
    }

    /** A published instrument version as the pure scorer needs it. */
    @Transactional
    public Instrument instrument(int version) {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                select key, dimension, reverse, text_da, text_en from survey_item
                where instrument_version = ? order by position""")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getString(1), AttitudeType.valueOf(rs.getString(2)), rs.getBoolean(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Instrument(version, items);
    }

    private SurveyView load(UUID person, UUID response) {
        try {
            Connection c = connection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select r.id, r.round_id, g.name, r.status, r.instrument_version, d.closes_at, i.scale_min,
                           i.scale_max, r.answers::text, r.task_types, r.ai_tools_heard, r.ai_tools_used
                    from survey_response r join survey_round d on d.id = r.round_id
                    join programme g on g.id = d.programme_id
                    join survey_instrument i on i.version = r.instrument_version
                    where r.id = ? and r.person_id = ? and (d.closes_at is null or d.closes_at > now())""")) {
                ps.setObject(1, response);
                ps.setObject(2, person);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("An open survey with id " + response);
                    }
                    int version = rs.getInt(5);
                    Timestamp closes = rs.getTimestamp(6);
                    Map<String, Object> answers = json.readValue(rs.getString(9),
                            Argument.mapOf(String.class, Object.class));
                    return new SurveyView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            SurveyStatus.valueOf(rs.getString(4)), version, closes == null ? null : closes.toInstant(),
                            rs.getInt(7), rs.getInt(8), items(c, version), answers, strings(rs, 10), strings(rs, 11),
                            strings(rs, 12), taskTypeChoices(c));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ItemView> items(Connection c, int version) throws SQLException {
        List<ItemView> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select key, position, text_da, text_en from survey_item where instrument_version = ? order by position")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new ItemView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return items;
    }

    private static List<Choice> taskTypeChoices(Connection c) throws SQLException {
        List<Choice> choices = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select key, name_da, name_en from task_type order by position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                choices.add(new Choice(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return choices;
    }

    static List<String> strings(ResultSet rs, int column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    /** Answers as the scorer reads them; every wrong key or value is named at once. */
    static Map<String, Answer> parse(Instrument instrument, Map<String, Object> answers) {
        Map<String, Answer> parsed = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (answers != null) {
            answers.forEach((key, value) -> {
                String field = "answers." + key;
                if (instrument.item(key).isEmpty()) {
                    errors.add(Problem.FieldError.field(field, "is not a statement of survey version "
                            + instrument.version()));
                } else if (DONT_KNOW.equals(value)) {
                    parsed.put(key, Answer.DONT_KNOW);
                } else if (value instanceof Number n && n.doubleValue() == n.intValue()
                        && n.intValue() >= Answer.SCALE_MIN && n.intValue() <= Answer.SCALE_MAX) {
                    parsed.put(key, Answer.agreement(n.intValue()));
                } else if (value != null) {
                    errors.add(Problem.FieldError.field(field, "must be a whole number from " + Answer.SCALE_MIN
                            + " to " + Answer.SCALE_MAX + ", or \"" + DONT_KNOW + "\""));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("Some answers are not valid.", errors);
        }
        return parsed;
    }

    private static Map<String, Object> stored(Map<String, Answer> answers) {
        Map<String, Object> stored = new LinkedHashMap<>();
        answers.forEach((key, answer) -> stored.put(key,
                answer.value().isPresent() ? (Object) answer.value().getAsInt() : DONT_KNOW));
        return stored;
    }

    private List<String> checkTaskTypes(List<String> taskTypes) {
        List<String> list = taskTypes == null ? List.of() : taskTypes.stream().distinct().toList();
        if (list.size() > MAX_TASK_TYPES) {
            throw Problem.invalid("Pick at most three task types.",
                    List.of(Problem.FieldError.field("taskTypes", "has more than " + MAX_TASK_TYPES)));
        }
        try (PreparedStatement ps = connection().prepareStatement("select key from task_type");
             ResultSet rs = ps.executeQuery()) {
            Set<String> known = new java.util.HashSet<>();
            while (rs.next()) {
                known.add(rs.getString(1));
            }
            List<Problem.FieldError> errors = list.stream().filter(t -> !known.contains(t))
                    .map(t -> Problem.FieldError.field("taskTypes", "'" + t + "' is not a known task type")).toList();
            if (!errors.isEmpty()) {
                throw Problem.invalid("Unknown task type.", errors);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    private static List<String> checkTools(String field, List<String> tools) {
        List<String> list = tools == null ? List.of()
                : tools.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (list.size() > MAX_TOOLS || list.stream().anyMatch(t -> t.length() > MAX_TOOL_LENGTH)) {
            throw Problem.invalid("Too many or too long tool names.", List.of(Problem.FieldError.field(field,
                    "at most " + MAX_TOOLS + " names of at most " + MAX_TOOL_LENGTH + " characters")));
        }
        return list;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
