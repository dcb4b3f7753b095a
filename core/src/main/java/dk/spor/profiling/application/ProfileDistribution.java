package dk.spor.profiling.application;

import dk.spor.profiling.application.ProfileViews.OfferView;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How the latest profiles of a unit's active people (with sub-units) spread over the attitude types — only as counts,
 * only for groups of at least the minimum size, and never so that a hidden count follows by subtraction from what
 * other units show. Declining is not a category: people who declined are simply not in the numbers.
 */
@Singleton
public class ProfileDistribution {

    /** The cell for submitted profiles that did not point to a type. */
    public static final String NO_CLEAR_TYPE = "NO_CLEAR_TYPE";
    private static final String DIRECT = "direct";

    private final DataSource dataSource;
    private final MinimumGroupSize policy;
    private final Offers offers;

    public ProfileDistribution(DataSource dataSource, MinimumGroupSize policy, Offers offers) {
        this.dataSource = dataSource;
        this.policy = policy;
        this.offers = offers;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cell(String key, String nameDa, String nameEn, @Nullable Integer count, boolean hidden) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DistributionView(UUID unitId, int minimumGroupSize, boolean suppressed, String noteDa, String noteEn,
                                   @Nullable Integer total, List<Cell> cells, List<OfferView> offersNeeded) {
    }

    private record Unit(UUID id, UUID parent) {
    }

    @Transactional
    public DistributionView of(Viewer viewer, UUID unit) {
        if (!viewer.is(Role.HR) && !viewer.is(Role.REPRESENTATIVE) && !viewer.manages(unit)) {
            throw Problem.forbidden("Only HR, representatives and managers of the unit see its profile distribution.");
        }
        try {
            Connection c = connection();
            Map<UUID, Unit> units = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, parent_id from unit where closed_at is null");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    units.put(id, new Unit(id, rs.getObject(2, UUID.class)));
                }
            }
            if (!units.containsKey(unit)) {
                throw Problem.notFound("An open unit with id " + unit);
            }
            // unit and type of each active person's latest profile; an erased profile is gone, a declined survey has none
            Map<UUID, List<String>> typesByUnit = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select distinct on (p.person_id) o.unit_id, p.leading_type
                    from profile p join person o on o.id = p.person_id where o.left_at is null
                    order by p.person_id, p.computed_at desc""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    typesByUnit.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getString(2) == null ? NO_CLEAR_TYPE : rs.getString(2));
                }
            }
            Map<UUID, List<UUID>> children = new HashMap<>();
            units.values().forEach(u -> {
                if (u.parent() != null && units.containsKey(u.parent())) {
                    children.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u.id());
                }
            });
            children.values().forEach(list -> list.sort(null));
            List<String> types = types(unit, children, typesByUnit);
            if (!policy.allows(types.size()) || hiddenByAncestor(unit, units, children, typesByUnit)) {
                return suppressed(unit);
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (AttitudeType type : AttitudeType.values()) {
                counts.put(type.name(), 0);
            }
            counts.put(NO_CLEAR_TYPE, 0);
            types.forEach(t -> counts.merge(t, 1, Integer::sum));
            Set<String> hidden = policy.suppress(counts, Set.of());
            List<Cell> cells = new ArrayList<>();
            List<OfferView> needed = new ArrayList<>();
            counts.forEach((key, count) -> {
                boolean hide = hidden.contains(key);
                cells.add(new Cell(key, nameDa(key), nameEn(key), hide ? null : count, hide));
                if (!hide && !key.equals(NO_CLEAR_TYPE) && policy.allows(count)) {
                    needed.addAll(offers.forType(AttitudeType.valueOf(key)));
                }
            });
            return new DistributionView(unit, policy.value(), false,
                    hidden.isEmpty() ? "Antal personer pr. type. Ingen enkeltpersoner vises."
                            : "Typer med færre end " + policy.value() + " personer er skjult, så ingen kan genkendes.",
                    hidden.isEmpty() ? "Number of people per type. No individual is shown."
                            : "Types with fewer than " + policy.value() + " people are hidden so that nobody can be recognised.",
                    types.size(), cells, needed);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether, going down from the top, any ancestor's numbers would let this unit's subtree be derived. */
    private boolean hiddenByAncestor(UUID unit, Map<UUID, Unit> units, Map<UUID, List<UUID>> children,
                                     Map<UUID, List<String>> typesByUnit) {
        List<UUID> path = new ArrayList<>();
        for (UUID at = unit; at != null && units.containsKey(at); at = units.get(at).parent()) {
            path.add(0, at);
        }
        for (int i = 0; i + 1 < path.size(); i++) {
            UUID ancestor = path.get(i);
            Map<String, Integer> cells = new LinkedHashMap<>();
            cells.put(DIRECT, typesByUnit.getOrDefault(ancestor, List.of()).size());
            for (UUID child : children.getOrDefault(ancestor, List.of())) {
                cells.put(child.toString(), types(child, children, typesByUnit).size());
            }
            if (policy.suppress(cells, Set.of(DIRECT)).contains(path.get(i + 1).toString())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> types(UUID unit, Map<UUID, List<UUID>> children, Map<UUID, List<String>> typesByUnit) {
        List<String> all = new ArrayList<>(typesByUnit.getOrDefault(unit, List.of()));
        for (UUID child : children.getOrDefault(unit, List.of())) {
            all.addAll(types(child, children, typesByUnit));
        }
        return all;
    }

    private DistributionView suppressed(UUID unit) {
        return new DistributionView(unit, policy.value(), true,
                "Gruppen er for lille til at vise tal uden at enkeltpersoner kan genkendes (mindst "
                        + policy.value() + " personer).",
                "The group is too small to show numbers without individuals being recognisable (at least "
                        + policy.value() + " people).",
                null, List.of(), List.of());
    }

    private static String nameDa(String key) {
        return key.equals(NO_CLEAR_TYPE) ? "ingen tydelig type" : AttitudeType.valueOf(key).nameDa();
    }

    private static String nameEn(String key) {
        return key.equals(NO_CLEAR_TYPE) ? "no clear type" : AttitudeType.valueOf(key).nameEn();
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
