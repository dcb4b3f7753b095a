package dk.spor.knowledge.application;

import dk.spor.knowledge.model.Gain;
import dk.spor.knowledge.model.Horizon;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The use-case catalogue (brugsscenarier): searched in Danish, filtered by category, gain, horizon, risk and the
 * sector whose plugin recommends the case.
 */
@Singleton
public class UseCases {

    /**
     * Danish web-search syntax whose every stem also matches longer words: the Danish stemmer gives "sagsbehandler"
     * the stem "sagsbehandl" but keeps "sagsbehandling" whole, and a Dane searching one expects the other. The
     * stems are re-read with the 'simple' configuration so they are not stemmed twice.
     */
    static final String DANISH_PREFIX_QUERY = "to_tsquery('simple', regexp_replace("
            + "websearch_to_tsquery('danish', ?)::text, '''([^'']+)''', '''\\1'':*', 'g'))";

    private static final String COLUMNS = """
            u.id, u.category_no, u.category_da, u.category_en, u.title_da, u.title_en, u.summary_da, u.summary_en,
            u.gains, u.horizon, u.risk_flags""";

    private final DataSource dataSource;
    private final Sectors sectors;

    public UseCases(DataSource dataSource, Sectors sectors) {
        this.dataSource = dataSource;
        this.sectors = sectors;
    }

    @Serdeable
    public record UseCaseView(String id, int categoryNo, String categoryDa, String categoryEn, String titleDa,
                              String titleEn, String summaryDa, String summaryEn, List<String> gains,
                              List<String> horizon, List<String> riskFlags) {
    }

    /**
     * Every criterion is optional; {@code text} is read as a web search ("quoted phrases", or, -not), and
     * {@code sector} keeps the cases an enabled sector plugin recommends.
     */
    public record Criteria(String text, Integer category, String gain, String horizon, String risk, String sector) {
    }

    /** Matching use cases, best text match first, then in catalogue order. */
    @Transactional
    public List<UseCaseView> search(Criteria criteria) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String gain = present(criteria.gain()) ? Gain.parse(criteria.gain()).map(Gain::code).orElse(null) : null;
        if (present(criteria.gain()) && gain == null) {
            errors.add(Problem.FieldError.field("gain", "must be one of " + codes(Gain.values())));
        }
        String horizon = present(criteria.horizon())
                ? Horizon.parse(criteria.horizon()).map(Horizon::code).orElse(null) : null;
        if (present(criteria.horizon()) && horizon == null) {
            errors.add(Problem.FieldError.field("horizon", "must be one of " + codes(Horizon.values())));
        }
        List<String> recommended = null;
        if (present(criteria.sector())) {
            List<SectorData> enabled = sectors.enabledSectors();
            recommended = enabled.stream().filter(s -> s.id().equals(criteria.sector().strip())).findFirst()
                    .map(SectorData::recommendedUseCaseIds).orElse(null);
            if (recommended == null) {
                errors.add(Problem.FieldError.field("sector", "must be one of the enabled sectors "
                        + enabled.stream().map(SectorData::id).toList()));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("A filter has a value the catalogue does not use.", errors);
        }
        StringBuilder sql = new StringBuilder("with q as (select " + UseCases.DANISH_PREFIX_QUERY + " as query)\n"
                + "select " + COLUMNS + ",\n"
                + "       case when numnode(q.query) = 0 then 0 else ts_rank(u.search, q.query) end as rank\n"
                + "from use_case u, q\n"
                + "where (numnode(q.query) = 0 or u.search @@ q.query)");
        List<Object> parameters = new ArrayList<>();
        parameters.add(present(criteria.text()) ? criteria.text().strip() : "");
        if (criteria.category() != null) {
            sql.append(" and u.category_no = ?");
            parameters.add(criteria.category());
        }
        if (gain != null) {
            sql.append(" and u.gains @> array[?]::text[]");
            parameters.add(gain);
        }
        if (horizon != null) {
            sql.append(" and u.horizon @> array[?]::text[]");
            parameters.add(horizon);
        }
        if (present(criteria.risk())) {
            sql.append(" and u.risk_flags @> array[?]::text[]");
            parameters.add(criteria.risk().strip().toLowerCase(Locale.ROOT));
        }
        if (recommended != null) {
            sql.append(" and u.id = any(?::text[])");
            parameters.add(recommended.toArray(String[]::new));
        }
        sql.append("\norder by rank desc, u.category_no, split_part(u.id, '.', 2)::integer");
        try (PreparedStatement ps = connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            List<UseCaseView> found = new ArrayList<>();
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
    public UseCaseView get(String id) {
        try (PreparedStatement ps = connection().prepareStatement("select " + COLUMNS + " from use_case u where u.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound("A use case with id " + id);
                }
                return view(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UseCaseView view(ResultSet rs) throws SQLException {
        return new UseCaseView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), texts(rs, 9), texts(rs, 10), texts(rs, 11));
    }

    static List<String> texts(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
