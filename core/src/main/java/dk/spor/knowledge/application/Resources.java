package dk.spor.knowledge.application;

import dk.spor.knowledge.model.ResourceKind;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The library's resources: public guidance, videos, podcasts, articles and advice from other units. */
@Singleton
public class Resources {

    /** The languages the library holds resources in. */
    public static final List<String> LANGUAGES = List.of("da", "en");

    static final String COLUMNS = """
            r.id, r.kind, r.title, r.summary, r.url, r.language, r.tags, r.sector_id, r.attitude_types, r.created_at""";

    private final DataSource dataSource;

    public Resources(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    public record ResourceView(UUID id, ResourceKind kind, String title, String summary, String url, String language,
                               List<String> tags, String sectorId, List<AttitudeType> attitudeTypes,
                               Instant createdAt) {
    }

    /**
     * Every criterion is optional; {@code sector} matches resources made for that sector only, {@code language} is
     * da or en, and {@code attitudeType} matches resources that speak to that type and those meant for every type
     * (no type marked), the ones marked for it first.
     */
    public record Criteria(String text, ResourceKind kind, String tag, String sector, String language,
                           String attitudeType) {
    }

    public record NewResource(ResourceKind kind, String title, String summary, String url, String language,
                              List<String> tags, String sectorId, List<AttitudeType> attitudeTypes) {
    }

    @Transactional
    public List<ResourceView> search(Criteria criteria) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String language = UseCases.present(criteria.language())
                ? criteria.language().strip().toLowerCase(Locale.ROOT) : null;
        if (language != null && !LANGUAGES.contains(language)) {
            errors.add(Problem.FieldError.field("language", "must be one of " + LANGUAGES));
        }
        AttitudeType type = null;
        if (UseCases.present(criteria.attitudeType())) {
            type = Arrays.stream(AttitudeType.values())
                    .filter(t -> t.name().equalsIgnoreCase(criteria.attitudeType().strip())).findFirst().orElse(null);
            if (type == null) {
                errors.add(Problem.FieldError.field("attitudeType",
                        "must be one of " + Arrays.toString(AttitudeType.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("A filter has a value the library does not use.", errors);
        }
        StringBuilder sql = new StringBuilder("with q as (select " + UseCases.DANISH_PREFIX_QUERY + " as query)\n"
                + "select " + COLUMNS + ",\n"
                + "       case when numnode(q.query) = 0 then 0 else ts_rank(r.search, q.query) end as rank\n"
                + "from resource r, q\n"
                + "where (numnode(q.query) = 0 or r.search @@ q.query)");
        List<Object> parameters = new ArrayList<>();
        parameters.add(UseCases.present(criteria.text()) ? criteria.text().strip() : "");
        if (criteria.kind() != null) {
            sql.append(" and r.kind = ?");
            parameters.add(criteria.kind().name());
        }
        if (UseCases.present(criteria.tag())) {
            sql.append(" and r.tags @> array[?]::text[]");
            parameters.add(tag(criteria.tag()));
        }
        if (UseCases.present(criteria.sector())) {
            sql.append(" and r.sector_id = ?");
            parameters.add(criteria.sector().strip());
        }
        if (language != null) {
            sql.append(" and r.language = ?");
            parameters.add(language);
        }
        String marked = "";
        if (type != null) {
            sql.append(" and (r.attitude_types @> array[?]::text[] or r.attitude_types = '{}')");
            parameters.add(type.name());
            marked = " r.attitude_types = '{}',";
        }
        sql.append("\norder by rank desc," + marked + " r.created_at desc, r.title");
        try (PreparedStatement ps = connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            List<ResourceView> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(view(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public ResourceView get(UUID id) {
        try (PreparedStatement ps = connection().prepareStatement("select " + COLUMNS + " from resource r where r.id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound("A resource with id " + id);
                }
                return view(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a resource; tags are kept in lower case and once each, so the tag filter finds them however typed. */
    @Transactional
    public UUID add(NewResource resource, UUID actor) {
        try {
            Connection c = connection();
            List<String> tags = resource.tags() == null ? List.of()
                    : List.copyOf(new LinkedHashSet<>(resource.tags().stream().map(Resources::tag).toList()));
            List<String> types = resource.attitudeTypes() == null ? List.of()
                    : resource.attitudeTypes().stream().distinct().map(Enum::name).toList();
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into resource (kind, title, summary, url, language, tags, sector_id, attitude_types, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                ps.setString(1, resource.kind().name());
                ps.setString(2, resource.title().strip());
                ps.setString(3, resource.summary() == null ? "" : resource.summary().strip());
                ps.setString(4, UseCases.present(resource.url()) ? resource.url().strip() : null);
                ps.setString(5, resource.language() == null ? "da" : resource.language());
                ps.setArray(6, c.createArrayOf("text", tags.toArray()));
                ps.setString(7, UseCases.present(resource.sectorId()) ? resource.sectorId().strip() : null);
                ps.setArray(8, c.createArrayOf("text", types.toArray()));
                ps.setObject(9, actor);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, UUID.class);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResourceView view(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp(10);
        return new ResourceView(rs.getObject(1, UUID.class), ResourceKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), UseCases.texts(rs, 7), rs.getString(8),
                UseCases.texts(rs, 9).stream().map(AttitudeType::valueOf).toList(), created.toInstant());
    }

    static String tag(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
