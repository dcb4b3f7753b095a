package dk.spor.plugins;

import dk.spor.plugin.api.AttitudeType;
import dk.spor.plugin.api.LeadershipCase;
import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Offer;
import dk.spor.plugin.api.SectorExtension;
import dk.spor.plugin.api.Text;
import dk.spor.plugin.api.UseCase;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@io.micronaut.serde.annotation.Serdeable
/** A sector's contributions, copied out of the plugin once so the rest of Spor holds plain data. */
public record SectorData(String pluginId, String id, Text name, List<Text> targetGroups, List<ModuleTemplate> modules,
                         List<String> recommendedUseCaseIds, List<UseCase> ownUseCases,
                         List<LeadershipCase> leadershipCases, Map<AttitudeType, List<Offer>> offers,
                         PolicyData policy) {

    static SectorData copy(String pluginId, SectorExtension sector) {
        Map<AttitudeType, List<Offer>> offers = new EnumMap<>(AttitudeType.class);
        sector.offersByAttitude().forEach((type, list) -> offers.put(type, List.copyOf(list)));
        return new SectorData(pluginId, sector.id(), sector.name(), List.copyOf(sector.targetGroups()),
                List.copyOf(sector.moduleTemplates()), List.copyOf(sector.recommendedUseCaseIds()),
                List.copyOf(sector.ownUseCases()), List.copyOf(sector.leadershipCases()), Map.copyOf(offers), null);
    }

    SectorData withPolicy(PolicyData policy) {
        return new SectorData(pluginId, id, name, targetGroups, modules, recommendedUseCaseIds, ownUseCases,
                leadershipCases, offers, policy);
    }
}
