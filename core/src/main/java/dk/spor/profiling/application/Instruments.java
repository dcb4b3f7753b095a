package dk.spor.profiling.application;

import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.model.ProfileScorer;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Survey instruments are versioned data. HR publishes a new version as a whole; a published version never changes,
 * so answers keep the version they were given on and old profiles stay reproducible.
 */
@Singleton
public class Instruments {

    private final DataSource dataSource;

    public Instruments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    public record NewItem(String key, AttitudeType dimension, boolean reverse, String textDa, String textEn) {
    }

    @Serdeable
    public record InstrumentView(int version, Instant publishedAt, int scaleMin, int scaleMax, String note,
                                 List<NewItem> items) {
    }

    @Transactional
    public List<InstrumentView> all() {
        List<Integer> versions = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "select version from survey_instrument order by version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return versions.stream().map(this::get).toList();
    }

    @Transactional
    public InstrumentView get(int version) {
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement(
                    "select published_at, scale_min, scale_max, note from survey_instrument where version = ?")) {
                ps.setInt(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw Problem.notFound("Survey version " + version);
                    }
                    List<NewItem> items = new ArrayList<>();
                    try (PreparedStatement is = c.prepareStatement("""
                            select key, dimension, reverse, text_da, text_en from survey_item
                            where instrument_version = ? order by position""")) {
                        is.setInt(1, version);
                        try (ResultSet irs = is.executeQuery()) {
                            while (irs.next()) {
                                items.add(new NewItem(irs.getString(1), AttitudeType.valueOf(irs.getString(2)),
                                        irs.getBoolean(3), irs.getString(4), irs.getString(5)));
                            }
                        }
                    }
                    return new InstrumentView(version, rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3),
                            rs.getString(4), items);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the next version; every wrong item is named at once and nothing is stored then. */
    @Transactional
    public InstrumentView publish(List<NewItem> items, String note) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<AttitudeType, Integer> perType = new EnumMap<>(AttitudeType.class);
        for (int i = 0; i < items.size(); i++) {
            NewItem item = items.get(i);
            String field = "items[" + i + "]";
            if (item.key() == null || !item.key().matches("[A-Za-z0-9_-]{1,20}")) {
                errors.add(Problem.FieldError.field(field + ".key", "must be 1–20 letters, digits, '-' or '_'"));
            } else if (!keys.add(item.key())) {
                errors.add(Problem.FieldError.field(field + ".key", "'" + item.key() + "' is used twice"));
            }
            if (item.dimension() == null) {
                errors.add(Problem.FieldError.field(field + ".dimension", "must be one of the five attitude types"));
            } else {
                perType.merge(item.dimension(), 1, Integer::sum);
            }
            if (item.textDa() == null || item.textDa().isBlank()) {
                errors.add(Problem.FieldError.field(field + ".textDa", "must not be blank"));
            }
            if (item.textEn() == null || item.textEn().isBlank()) {
                errors.add(Problem.FieldError.field(field + ".textEn", "must not be blank"));
            }
        }
        for (AttitudeType type : AttitudeType.values()) {
            if (perType.getOrDefault(type, 0) < ProfileScorer.MIN_ANSWERED_ITEMS_PER_TYPE) {
                errors.add(Problem.FieldError.field("items", type + " needs at least "
                        + ProfileScorer.MIN_ANSWERED_ITEMS_PER_TYPE + " statements to be scored"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("The survey version was not published: fix the statements named below.", errors);
        }
        try {
            Connection c = dataSource.getConnection();
            int version;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into survey_instrument (version, scale_min, scale_max, note)
                    select coalesce(max(version), 0) + 1, 1, 5, ? from survey_instrument returning version""")) {
                ps.setString(1, note == null ? "" : note);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into survey_item (instrument_version, key, position, dimension, reverse, text_da, text_en)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < items.size(); i++) {
                    NewItem item = items.get(i);
                    ps.setInt(1, version);
                    ps.setString(2, item.key());
                    ps.setInt(3, i + 1);
                    ps.setString(4, item.dimension().name());
                    ps.setBoolean(5, item.reverse());
                    ps.setString(6, item.textDa().strip());
                    ps.setString(7, item.textEn().strip());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return get(version);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
