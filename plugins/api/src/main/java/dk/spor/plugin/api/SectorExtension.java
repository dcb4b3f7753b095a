package dk.spor.plugin.api;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * What a sector (a field of municipal administration) contributes to a programme: module templates, use
 * cases, cases for the leadership track and offers per attitude type. Courses work best when the cases
 * come from the participants' own field.
 *
 * <p>Implementations are stateless and return the same content on every call. One plugin contributes one
 * sector.
 */
public interface SectorExtension extends ExtensionPoint {

    /** Stable kebab-case id, e.g. {@code sector-citizen-service}; what the host stores. */
    String id();

    /** The sector's name. */
    Text name();

    /** Who the sector's content is written for, e.g. job-centre caseworkers. */
    List<Text> targetGroups();

    /** Training-module templates; at least three. */
    List<ModuleTemplate> moduleTemplates();

    /** Ids from the shared use-case catalogue ({@code data/use-cases.csv}) that suit this sector. */
    List<String> recommendedUseCaseIds();

    /** Use cases of this sector that are not in the shared catalogue. */
    List<UseCase> ownUseCases();

    /** Cases for the leadership track; at least two. */
    List<LeadershipCase> leadershipCases();

    /** Offers for each attitude type; every type has at least one. */
    Map<AttitudeType, List<Offer>> offersByAttitude();
}
