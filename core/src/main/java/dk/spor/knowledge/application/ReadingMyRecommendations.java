package dk.spor.knowledge.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.spor.database.Sql;
import dk.spor.goals.model.GoalState;
import dk.spor.knowledge.model.Horizon;
import dk.spor.knowledge.model.Reason;
import dk.spor.knowledge.model.ReasonCode;
import dk.spor.knowledge.model.Recommending;
import dk.spor.knowledge.model.Recommending.Candidate;
import dk.spor.knowledge.model.Recommending.Recommended;
import dk.spor.knowledge.model.ResourceKind;
import dk.spor.knowledge.model.Tag;
import dk.spor.knowledge.persistence.ResourceRow;
import dk.spor.knowledge.persistence.Resources;
import dk.spor.knowledge.persistence.UseCaseRow;
import dk.spor.knowledge.persistence.UseCases;
import dk.spor.plugin.api.Offer;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.profiling.application.ReadingCurrentProfile;
import dk.spor.profiling.application.ReadingOffers;
import dk.spor.profiling.application.OfferView;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
public class ReadingMyRecommendations {

    private final Resources resources;
    private final UseCases useCases;
    private final Sql sql;
    private final Sectors sectors;
    private final ReadingOffers offers;
    private final SummarisingEvidence evidence;
    private final ProgrammeAccess access;
    private final ReadingCurrentProfile currentProfile;

    public ReadingMyRecommendations(Resources resources, UseCases useCases, Sql sql, Sectors sectors, ReadingOffers offers,
                                    SummarisingEvidence evidence, ProgrammeAccess access,
                                    ReadingCurrentProfile currentProfile) {
        this.resources = resources;
        this.useCases = useCases;
        this.sql = sql;
        this.sectors = sectors;
        this.offers = offers;
        this.evidence = evidence;
        this.access = access;
        this.currentProfile = currentProfile;
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
    @ReadOnly
    public RecommendationsView forMe(Viewer viewer, @Nullable UUID programme) {
        if (programme != null && (viewer.personId() == null || !access.standing(viewer, programme).participant())) {
            throw Problem.notFound("A programme with id " + programme);
        }
        if (viewer.personId() == null) {
            return new RecommendationsView(List.of(), List.of(), List.of());
        }
        UUID person = viewer.personId();
        List<Found<String>> useCaseReasons = new ArrayList<>();
        List<Found<ResourceRow>> resourceReasons = new ArrayList<>();
        List<Found<OfferKey>> offerReasons = new ArrayList<>();
        Map<OfferKey, OfferItem> offered = new LinkedHashMap<>();

        List<SectorData> mine = sectorsOf(person, programme);
        for (SectorData sector : mine) {
            Reason recommended = Reason.recommendedBySector(sector.name().da(), sector.name().en());
            sector.recommendedUseCaseIds().forEach(id -> useCaseReasons.add(new Found<>(id, recommended)));
            found(resources.findBySectorId(sector.id()), Reason.madeForSector(sector.name().da(), sector.name().en()),
                    resourceReasons);
        }

        for (Goal goal : goalsOf(person, programme)) {
            Reason part = Reason.partOfGoal(goal.text());
            goal.useCaseIds().forEach(id -> useCaseReasons.add(new Found<>(id, part)));
            if (Texts.present(goal.competence())) {
                found(resources.findAbout(anyWord(goal.competence()), Tag.normal(goal.competence())),
                        Reason.aboutGoalCompetence(goal.competence()), resourceReasons);
            }
        }

        for (AttitudeType type : ownTypes(person)) {
            Reason fits = Reason.fitsProfile(type.nameDa(), type.nameEn());
            found(resources.findMarkedFor(type.name()), fits, resourceReasons);
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

        return new RecommendationsView(useCaseItems(useCaseReasons), resourceItems(resourceReasons),
                offerItems(offered, offerReasons));
    }

    /** The enabled sectors of the programmes the person takes part in now. */
    private List<SectorData> sectorsOf(UUID person, @Nullable UUID programme) {
        Set<String> ids = Set.copyOf(sql.list("""
                select distinct g.sector_id from active_enrolment e join programme g on g.id = e.programme_id
                where e.person_id = ? and g.sector_id is not null and (?::uuid is null or g.id = ?::uuid)""",
                row -> row.string("sector_id"), person, programme, programme));
        if (ids.isEmpty()) {
            return List.of();
        }
        return sectors.enabledSectors().stream().filter(s -> ids.contains(s.id())).toList();
    }

    /** The person's proposed and active goals: the learning track's, read here only for their words. */
    private List<Goal> goalsOf(UUID person, @Nullable UUID programme) {
        return sql.list("""
                select text, use_case_ids, competence from learning_goal
                where person_id = ? and state = any(?) and (?::uuid is null or programme_id = ?::uuid)
                order by created_at, id""",
                row -> new Goal(row.string("text"), row.strings("use_case_ids"), row.string("competence")),
                person, List.of(GoalState.PROPOSED, GoalState.ACTIVE), programme, programme);
    }

    /**
     * The leading and second type of the person's own current profile; none without a profile or a clear type, or
     * after declining a later round.
     */
    private List<AttitudeType> ownTypes(UUID person) {
        return currentProfile.types(person);
    }

    /** A web search for any of the words of a competence: "Prompting og kildekritik" finds either. */
    static String anyWord(String competence) {
        return Arrays.stream(competence.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank())
                .collect(Collectors.joining(" or "));
    }

    private static void found(List<ResourceRow> rows, Reason reason, List<Found<ResourceRow>> reasons) {
        rows.forEach(row -> reasons.add(new Found<>(row, reason)));
    }

    private List<UseCaseItem> useCaseItems(List<Found<String>> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, UseCaseRow> catalogue = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (UseCaseRow u : useCases.findInCatalogueOrder(found.stream().map(Found::key).distinct()
                .toArray(String[]::new))) {
            position.put(u.id(), position.size());
            catalogue.put(u.id(), u);
        }
        // a plugin may name an id the catalogue does not have; it is left out rather than shown half
        List<Candidate<String>> candidates = found.stream().filter(f -> catalogue.containsKey(f.key()))
                .map(f -> new Candidate<>(f.key(), catalogue.get(f.key()).horizon().contains(Horizon.NOW.code()),
                        position.get(f.key()), f.reason())).toList();
        List<Recommended<String>> merged = Recommending.merge(candidates, Recommending.LIMIT_PER_KIND);
        Set<String> withEvidence = evidence.shownFor(merged.stream().map(Recommended::key).toList());
        return merged.stream().map(r -> {
            UseCaseRow u = catalogue.get(r.key());
            return new UseCaseItem(u.id(), u.titleDa(), u.titleEn(), u.horizon(), withEvidence.contains(u.id()),
                    views(r.reasons()));
        }).toList();
    }

    private static List<ResourceItem> resourceItems(List<Found<ResourceRow>> found) {
        Map<UUID, ResourceRow> resources = new HashMap<>();
        found.forEach(f -> resources.putIfAbsent(f.key().id(), f.key()));
        Map<UUID, Integer> newestFirst = new HashMap<>();
        resources.values().stream().sorted(Comparator.comparing(ResourceRow::createdAt).reversed()
                        .thenComparing(ResourceRow::title).thenComparing(ResourceRow::id))
                .forEach(r -> newestFirst.put(r.id(), newestFirst.size()));
        List<Candidate<UUID>> candidates = found.stream().map(f -> new Candidate<>(f.key().id(), false,
                newestFirst.get(f.key().id()), f.reason())).toList();
        return Recommending.merge(candidates, Recommending.LIMIT_PER_KIND).stream().map(r -> {
            ResourceRow v = resources.get(r.key());
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
