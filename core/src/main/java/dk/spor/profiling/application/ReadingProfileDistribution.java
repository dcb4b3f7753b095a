package dk.spor.profiling.application;

import dk.spor.database.Sql;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.model.UnitPath;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.statistics.application.ShowingInSteps;
import dk.spor.statistics.model.ChangesInSteps;
import dk.spor.statistics.model.MinimumGroupSize;
import dk.spor.web.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How the current profiles of a unit's active people (with sub-units) spread over the attitude types — only as
 * counts, only for groups of at least the minimum size, and never so that a hidden count follows by subtraction from
 * what other units show. Declining is not a category: people who declined are simply not in the numbers, and a
 * person who declined a later round has no current profile (their older one stays in their own history only).
 *
 * <p>The figure changes only in steps ({@link ShowingInSteps}): a manager who reads it before and after one more
 * person answers sees the same figure, until at least the minimum group size of people have answered since. It is
 * shown over all rounds (each person's current profile), or per round: a closed round's figure is final, an open
 * round's changes in those steps.
 */
@Singleton
public class ReadingProfileDistribution {

    /** The cell for submitted profiles that did not point to a type. */
    public static final String NO_CLEAR_TYPE = "NO_CLEAR_TYPE";

    /**
     * The open units, each with its parent only while that is open too (a closed unit cuts the tree), and the unit
     * and type of each active person's latest profile: an erased profile is gone, a declined survey has none.
     */
    private static final String TREE_AND_PROFILES = """
            with recursive open_unit as (
                select u.id, p.id as parent_id
                from unit u left join unit p on p.id = u.parent_id and p.closed_at is null
                where u.closed_at is null
            ),
            latest as (
                select distinct on (p.person_id) o.unit_id, p.leading_type
                from profile p join person o on o.id = p.person_id where o.left_at is null
                  and (?::uuid is null or p.response_id in (select r.id from survey_response r where r.round_id = ?))
                  and not exists (select 1 from survey_response d where d.person_id = p.person_id
                                  and d.status = 'DECLINED' and d.declined_at > p.computed_at
                                  and (?::uuid is null or d.round_id = ?))
                order by p.person_id, p.computed_at desc
            ),
            """;

    /**
     * Each profile and each decline of the unit's active people, with sub-units, after a point (all when it is
     * null): who, and when.
     */
    private static final String CONTRIBUTIONS = """
            with recursive subtree (id) as (
                select ?::uuid
                union all
                select u.id from unit u join subtree s on u.parent_id = s.id where u.closed_at is null
            )
            select p.person_id, p.computed_at as at from profile p join person o on o.id = p.person_id
            where o.left_at is null and o.unit_id in (select id from subtree)
              and (?::uuid is null or p.response_id in (select r.id from survey_response r where r.round_id = ?))
              and (?::timestamptz is null or p.computed_at > ?)
            union all
            select d.person_id, d.declined_at from survey_response d join person o on o.id = d.person_id
            where o.left_at is null and o.unit_id in (select id from subtree) and d.status = 'DECLINED'
              and (?::uuid is null or d.round_id = ?)
              and (?::timestamptz is null or d.declined_at > ?)
            """;

    /**
     * The way up from the unit to the top, and for each unit on it the people directly in it and in the subtree of
     * each of its sub-units.
     */
    private static final String PATH = TREE_AND_PROFILES + """
            path (id, parent_id, depth) as (
                select id, parent_id, 0 from open_unit where id = ?
                union all
                select u.id, u.parent_id, path.depth + 1 from open_unit u join path on u.id = path.parent_id
            ),
            counted as (
                select id, parent_id from open_unit
                where id in (select id from path) or parent_id in (select id from path)
            ),
            subtree (top, id) as (
                select id, id from counted
                union all
                select s.top, u.id from subtree s join open_unit u on u.parent_id = s.id
            ),
            direct as (
                select unit_id, count(*) as people from latest group by unit_id
            ),
            below as (
                select s.top, sum(d.people) as people from subtree s join direct d on d.unit_id = s.id group by s.top
            )
            -- counted once per unit and summed up the tree, not once per unit near the way up
            select c.id, c.parent_id, path.depth,
                   coalesce(d.people, 0) as direct_people,
                   coalesce(b.people, 0) as people
            from counted c left join path on path.id = c.id
            left join direct d on d.unit_id = c.id
            left join below b on b.top = c.id
            """;

    /** People per leading type (null: no clear type) in the unit and its sub-units. */
    private static final String TYPES = TREE_AND_PROFILES + """
            subtree (id) as (
                select ?::uuid
                union all
                select u.id from open_unit u join subtree s on u.parent_id = s.id
            )
            select l.leading_type, count(*) as people from latest l join subtree s on s.id = l.unit_id
            group by l.leading_type
            """;

    private final Sql sql;
    private final MinimumGroupSize policy;
    private final ReadingOffers offers;
    private final ShowingInSteps steps;

    public ReadingProfileDistribution(Sql sql, MinimumGroupSize policy, ReadingOffers offers, ShowingInSteps steps) {
        this.sql = sql;
        this.policy = policy;
        this.offers = offers;
        this.steps = steps;
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

    /** An open unit near the way up, with its people counted; {@code depth} is set for units on the way itself. */
    private record Counted(UUID id, UUID parent, Integer depth, int directPeople, int people) {
    }

    /** Over all rounds: each person's current profile. */
    @Transactional
    public DistributionView of(Viewer viewer, UUID unit) {
        return of(viewer, unit, null);
    }

    /** Over one round's profiles, or over all rounds when {@code round} is null. */
    @Transactional
    public DistributionView of(Viewer viewer, UUID unit, @Nullable UUID round) {
        if (!viewer.is(Role.HR) && !viewer.is(Role.REPRESENTATIVE) && !viewer.manages(unit)) {
            throw Problem.forbidden("Only HR, representatives and managers of the unit see its profile distribution.");
        }
        if (round != null && !sql.exists("select 1 from survey_round where id = ?", round)) {
            throw Problem.notFound("A survey round with id " + round);
        }
        return steps.figure("distribution:" + unit + (round == null ? "" : ":" + round),
                Argument.of(DistributionView.class),
                after -> sql.list(CONTRIBUTIONS, row -> new ChangesInSteps.Contribution(row.uuid("person_id"),
                        row.instant("at")), unit, round, round, after, after, round, round, after, after),
                () -> computed(unit, round), view -> !view.suppressed());
    }

    private DistributionView computed(UUID unit, @Nullable UUID round) {
        List<Counted> counted = sql.list(PATH, row -> new Counted(row.uuid("id"), row.uuid("parent_id"),
                row.integer("depth"), row.intValue("direct_people"), row.intValue("people")),
                round, round, round, round, unit);
        Counted self = counted.stream().filter(c -> unit.equals(c.id())).findFirst()
                .orElseThrow(() -> Problem.notFound("An open unit with id " + unit));
        if (!policy.allows(self.people()) || path(counted).hiddenByAncestor(policy)) {
            return suppressed(unit);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AttitudeType type : AttitudeType.values()) {
            counts.put(type.name(), 0);
        }
        counts.put(NO_CLEAR_TYPE, 0);
        sql.list(TYPES, row -> Map.entry(row.string("leading_type") == null ? NO_CLEAR_TYPE
                        : row.string("leading_type"), row.intValue("people")), round, round, round, round, unit)
                .forEach(e -> counts.merge(e.getKey(), e.getValue(), Integer::sum));
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
                self.people(), cells, needed);
    }

    /** The way down from the top to the unit, each step with its sub-units' people. */
    private static UnitPath path(List<Counted> counted) {
        Map<UUID, Map<UUID, Integer>> subUnits = new HashMap<>();
        for (Counted c : counted) {
            if (c.parent() != null) {
                subUnits.computeIfAbsent(c.parent(), k -> new HashMap<>()).put(c.id(), c.people());
            }
        }
        return new UnitPath(counted.stream().filter(c -> c.depth() != null)
                .sorted(Comparator.comparing(Counted::depth).reversed())
                .map(c -> new UnitPath.Step(c.id(), c.directPeople(), subUnits.getOrDefault(c.id(), Map.of())))
                .toList());
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
}
