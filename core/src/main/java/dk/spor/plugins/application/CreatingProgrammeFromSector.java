package dk.spor.plugins.application;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Text;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.plugins.persistence.ProgrammePolicies;
import dk.spor.programme.application.Programmes;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A new draft programme from a sector: its modules (without dates) and its booking policy are copied into the
 * programme, so it stays intact if the plugin is later disabled.
 */
@Singleton
public class CreatingProgrammeFromSector {

    private final Sectors sectors;
    private final Programmes programmes;
    private final ProgrammePolicies policies;

    public CreatingProgrammeFromSector(Sectors sectors, Programmes programmes, ProgrammePolicies policies) {
        this.sectors = sectors;
        this.programmes = programmes;
        this.policies = policies;
    }

    @Transactional
    public UUID create(String sectorId, String name, List<UUID> units, UUID actor) {
        SectorData sector = sectors.sector(sectorId);
        UUID programme = programmes.create(name, sector.name().da(), units, minutes(sector), actor);
        for (ModuleTemplate m : sector.modules()) {
            programmes.addModule(programme, new Programmes.NewModule(m.title().da(), describe(m),
                    ModuleKind.valueOf(m.kind().name()), Delivery.valueOf(m.delivery().name()), List.of()), actor);
        }
        policies.store(programme, sectorId, sector.policy());
        return programme;
    }

    /** The sector's preferred block length, kept inside what the API allows; the API's default without a policy. */
    private static int minutes(SectorData sector) {
        if (sector.policy() == null) {
            return ActionLearningPolicy.DEFAULT_MINUTES;
        }
        return Math.max(ActionLearningPolicy.MIN_MINUTES,
                Math.min(ActionLearningPolicy.MAX_MINUTES, sector.policy().preferredMinutes()));
    }

    private static String describe(ModuleTemplate m) {
        return "Mål:\n" + m.goals().stream().map(g -> "- " + g.da()).collect(Collectors.joining("\n"))
                + "\n\nIndhold:\n" + m.outline().stream().map(Text::da).map(o -> "- " + o).collect(Collectors.joining("\n"))
                + "\n\nForeslået varighed: " + m.suggestedMinutes() + " min.";
    }
}
