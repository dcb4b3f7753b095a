package dk.spor.knowledge.application;

import dk.spor.knowledge.model.Horizon;
import dk.spor.knowledge.model.Reason;
import dk.spor.knowledge.model.ReasonCode;
import dk.spor.knowledge.model.Recommending;
import dk.spor.knowledge.model.Recommending.Candidate;
import dk.spor.knowledge.model.Recommending.Recommended;
import dk.spor.knowledge.model.ResourceKind;
import dk.spor.plugin.api.Offer;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.profiling.application.OfferView;
import dk.spor.profiling.application.ReadingOffers;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.programme.application.ProgrammeAccess;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Recommendations for the signed-in person, and only for them: use cases, library resources and offers that fit
 * <ul>
 *     <li>the sectors of the programmes they take part in (the enabled sector plugin's recommended use cases, its
 *     offers for their type, and resources made for the sector),</li>
 *     <li>their proposed and active learning goals (the use cases a goal names, and resources about its competence:
 *     Danish full-text search on any of its words, or tagged with it), and</li>
 *     <li>their attitude type, read only from their own latest profile (resources marked for the type and the offers
 *     for it). Without a profile, or with no clear type, nothing here is attitude-based, and nothing says so.</li>
 * </ul>
 * A programme narrows the sector and goal sources to that programme; the profile belongs to the person, not to a
 * programme. Each item lists every reason it was found for; see {@link Recommending} for the order. At most
 * {@link Recommending#LIMIT_PER_KIND} (20) use cases, 20 resources and 20 offers are returned. Nothing here is
 * logged: the person reads about themself.
 */
@Singleton
public class Recommendations {

    private final DataSource dataSource;
    private final Sectors sectors;
    private final ReadingOffers offers;
    private final Evidence evidence;
    private final ProgrammeAccess access;

    public Recommendations(DataSource dataSource, Sectors sectors, ReadingOffers offers, Evidence evidence,
                           ProgrammeAccess access) {
        this.dataSource = dataSource;
        this.sectors = sectors;
        this.offers = offers;
        this.evidence = evidence;
        this.access = access;
    }

    @Serdeable
    public record ReasonView(ReasonCode code, String textDa, String textEn) {
    }

    /** A catalogue use case; {@code evidenceAvailable} says whether enough people have tried it to show what it gave. */
    @Serdeable
    public record UseCaseItem(String id, String titleDa, String titleEn, List<String> horizon,
                              boolean evidenceAvailable, List<ReasonView> reasons) {
    }

    @Serdeable
    public record ResourceItem(UUID id, ResourceKind kind, String title, @Nullable String url, String language,
                               List<ReasonView> reasons) {
    }

    /** Something that helps the person's attitude type; {@code sectorId} is set when a sector plugin offers it. */
    @Serdeable
    public record OfferItem(String key, @Nullable String sectorId, String titleDa, String titleEn,
                            String descriptionDa, String descriptionEn, List<ReasonView> reasons) {
    }

    /** The three lists are always there, empty when nothing fits. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RecommendationsView(List<UseCaseItem> useCases, List<ResourceItem> resources,
                                      List<OfferItem> offers) {
    }

    private record Found<K>(K key, Reason reason) {
    }

    private record OfferKey(String sectorId, String key) {
    }

    private record Goal(String text, List<String> useCaseIds, String competence) {
    }

    /** What the viewer is recommended; a programme they do not take part in is "not found". */
    @Transactional
    public RecommendationsView forMe(Viewer viewer, @Nullable UUID programme) {
        if (programme != null && (viewer.personId() == null || !access.standing(viewer, programme).participant())) {
            throw Problem.notFound("A programme with id " + programme);
        }
        if (viewer.personId() == null) {
            return new RecommendationsView(List.of(), List.of(), List.of());
        }
        UUID person = viewer.personId();
        List<Found<String>> useCases = new ArrayList<>();
        List<Found<UUID>> resourceReasons = new ArrayList<>();
        Map<UUID, Resources.ResourceView> resources = new HashMap<>();
        List<Found<OfferKey>> offerReasons = new ArrayList<>();
        Map<OfferKey, OfferItem> offered = new LinkedHashMap<>();
        try {
            Connection c = dataSource.getConnection();

            List<SectorData> mine = sectorsOf(c, person, programme);
            for (SectorData sector : mine) {
                Reason recommended = Reason.recommendedBySector(sector.name().da(), sector.name().en());
                sector.recommendedUseCaseIds().forEach(id -> useCases.add(new Found<>(id, recommended)));
                resources(c, "r.sector_id = ?", List.of(sector.id()),
                        Reason.madeForSector(sector.name().da(), sector.name().en()), resources, resourceReasons);
            }

            for (Goal goal : goalsOf(c, person, programme)) {
                Reason part = Reason.partOfGoal(goal.text());
                goal.useCaseIds().forEach(id -> useCases.add(new Found<>(id, part)));
                if (UseCases.present(goal.competence())) {
                    resources(c, "(numnode(q.query) > 0 and r.search @@ q.query) or r.tags @> array[?]::text[]",
                            List.of(anyWord(goal.competence()), Resources.tag(goal.competence())),
                            Reason.aboutGoalCompetence(goal.competence()), resources, resourceReasons);
                }
            }

            for (AttitudeType type : ownTypes(c, person)) {
                Reason fits = Reason.fitsProfile(type.nameDa(), type.nameEn());
                resources(c, "r.attitude_types @> array[?]::text[]", List.of(type.name()), fits, resources,
                        resourceReasons);
                for (OfferView o : offers.forType(type)) {
                    OfferKey key = new OfferKey(null, o.key());
                    offered.putIfAbsent(key, new OfferItem(o.key(), null, o.titleDa(), o.titleEn(), o.descriptionDa(),
                            o.descriptionEn(), List.of()));
                    offerReasons.add(new Found<>(key, fits));
                }
                for (SectorData sector : mine) {
                    Reason recommended = Reason.recommendedBySector(sector.name().da(), sector.name().en());
                    for (Offer o : sector.offers().getOrDefault(
                            dk.spor.plugin.api.AttitudeType.valueOf(type.name()), List.of())) {
                        OfferKey key = new OfferKey(sector.id(), o.key());
                        offered.putIfAbsent(key, new OfferItem(o.key(), sector.id(), o.title().da(), o.title().en(),
                                o.description().da(), o.description().en(), List.of()));
                        offerReasons.add(new Found<>(key, recommended));
                        offerReasons.add(new Found<>(key, fits));
                    }
                }
            }

            return new RecommendationsView(useCaseItems(c, useCases), resourceItems(resources, resourceReasons),
                    offerItems(offered, offerReasons));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The enabled sectors of the programmes the person takes part in now. */
    private List<SectorData> sectorsOf(Connection c, UUID person, UUID programme) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select distinct g.sector_id from enrolment e join programme g on g.id = e.programme_id
                where e.person_id = ? and e.ended_at is null and g.sector_id is not null
                  and (?::uuid is null or g.id = ?::uuid)""")) {
            ps.setObject(1, person);
            ps.setObject(2, programme);
            ps.setObject(3, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return sectors.enabledSectors().stream().filter(s -> ids.contains(s.id())).toList();
    }

    private static List<Goal> goalsOf(Connection c, UUID person, UUID programme) throws SQLException {
        List<Goal> goals = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select text, use_case_ids, competence from learning_goal
                where person_id = ? and state in ('PROPOSED', 'ACTIVE') and (?::uuid is null or programme_id = ?::uuid)
                order by created_at, id""")) {
            ps.setObject(1, person);
            ps.setObject(2, programme);
            ps.setObject(3, programme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    goals.add(new Goal(rs.getString(1), UseCases.texts(rs, 2), rs.getString(3)));
                }
            }
        }
        return goals;
    }

    /** The leading and second type of the person's own latest profile; none without a profile or a clear type. */
    private static List<AttitudeType> ownTypes(Connection c, UUID person) throws SQLException {
        List<AttitudeType> types = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select leading_type, second_type from profile where person_id = ?
                order by computed_at desc limit 1""")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (int column = 1; column <= 2; column++) {
                        if (rs.getString(column) != null) {
                            types.add(AttitudeType.valueOf(rs.getString(column)));
                        }
                    }
                }
            }
        }
        return types;
    }

    /** A web search for any of the words of a competence: "Prompting og kildekritik" finds either. */
    static String anyWord(String competence) {
        return Arrays.stream(competence.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank())
                .collect(Collectors.joining(" or "));
    }

    private static void resources(Connection c, String where, List<Object> parameters, Reason reason,
                                  Map<UUID, Resources.ResourceView> found, List<Found<UUID>> reasons)
            throws SQLException {
        boolean searches = where.contains("q.query");
        String sql = (searches ? "with q as (select " + UseCases.DANISH_PREFIX_QUERY + " as query)\n" : "")
                + "select " + Resources.COLUMNS + " from resource r" + (searches ? ", q" : "") + " where " + where;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Resources.ResourceView view = Resources.view(rs);
                    found.putIfAbsent(view.id(), view);
                    reasons.add(new Found<>(view.id(), reason));
                }
            }
        }
    }

    private List<UseCaseItem> useCaseItems(Connection c, List<Found<String>> found) throws SQLException {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> ids = found.stream().map(Found::key).collect(Collectors.toSet());
        Map<String, UseCaseItem> catalogue = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, title_da, title_en, horizon from use_case where id = any(?)
                order by category_no, split_part(id, '.', 2)::integer""")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    position.put(rs.getString(1), position.size());
                    catalogue.put(rs.getString(1), new UseCaseItem(rs.getString(1), rs.getString(2), rs.getString(3),
                            UseCases.texts(rs, 4), false, List.of()));
                }
            }
        }
        // a plugin may name an id the catalogue does not have; it is left out rather than shown half
        List<Candidate<String>> candidates = found.stream().filter(f -> catalogue.containsKey(f.key()))
                .map(f -> new Candidate<>(f.key(), catalogue.get(f.key()).horizon().contains(Horizon.NOW.code()),
                        position.get(f.key()), f.reason())).toList();
        List<Recommended<String>> merged = Recommending.merge(candidates, Recommending.LIMIT_PER_KIND);
        Set<String> withEvidence = evidence.shownFor(merged.stream().map(Recommended::key).toList());
        return merged.stream().map(r -> {
            UseCaseItem u = catalogue.get(r.key());
            return new UseCaseItem(u.id(), u.titleDa(), u.titleEn(), u.horizon(), withEvidence.contains(u.id()),
                    views(r.reasons()));
        }).toList();
    }

    private static List<ResourceItem> resourceItems(Map<UUID, Resources.ResourceView> resources,
                                                    List<Found<UUID>> found) {
        Map<UUID, Integer> newestFirst = new HashMap<>();
        resources.values().stream().sorted(Comparator.comparing(Resources.ResourceView::createdAt).reversed()
                        .thenComparing(Resources.ResourceView::title).thenComparing(Resources.ResourceView::id))
                .forEach(r -> newestFirst.put(r.id(), newestFirst.size()));
        List<Candidate<UUID>> candidates = found.stream()
                .map(f -> new Candidate<>(f.key(), false, newestFirst.get(f.key()), f.reason())).toList();
        return Recommending.merge(candidates, Recommending.LIMIT_PER_KIND).stream().map(r -> {
            Resources.ResourceView v = resources.get(r.key());
            return new ResourceItem(v.id(), v.kind(), v.title(), v.url(), v.language(), views(r.reasons()));
        }).toList();
    }

    private static List<OfferItem> offerItems(Map<OfferKey, OfferItem> offered, List<Found<OfferKey>> found) {
        List<OfferKey> order = new ArrayList<>(offered.keySet());
        List<Candidate<OfferKey>> candidates = found.stream()
                .map(f -> new Candidate<>(f.key(), false, order.indexOf(f.key()), f.reason())).toList();
        return Recommending.merge(candidates, Recommending.LIMIT_PER_KIND).stream().map(r -> {
            OfferItem o = offered.get(r.key());
            return new OfferItem(o.key(), o.sectorId(), o.titleDa(), o.titleEn(), o.descriptionDa(),
                    o.descriptionEn(), views(r.reasons()));
        }).toList();
    }

    private static List<ReasonView> views(List<Reason> reasons) {
        return reasons.stream().map(r -> new ReasonView(r.code(), r.textDa(), r.textEn())).toList();
    }
}
