package dk.spor.plugins.application;

import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Text;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.plugins.persistence.ProgrammePolicies;
import dk.spor.programme.application.AddingModule;
import dk.spor.programme.application.NewModule;
import dk.spor.programme.application.PlanningProgramme;
import dk.spor.programme.application.ProgrammeTemplates;
import dk.spor.programme.model.ActionLearningBlock;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A new draft programme from a sector: its modules (without dates) and its booking policy are copied into the
 * programme, so it stays intact if the plugin is later disabled. The programme's pages see the sectors as
 * {@link ProgrammeTemplates}.
 */
@Singleton
public class CreatingProgrammeFromSector implements ProgrammeTemplates {

    private final Sectors sectors;
    private final PlanningProgramme planning;
    private final AddingModule adding;
    private final ProgrammePolicies policies;

    public CreatingProgrammeFromSector(Sectors sectors, PlanningProgramme planning, AddingModule adding,
                                       ProgrammePolicies policies) {
        this.sectors = sectors;
        this.planning = planning;
        this.adding = adding;
        this.policies = policies;
    }

    @Override
    public List<Template> offered(Locale locale) {
        return sectors.enabledSectors().stream()
                .map(s -> new Template(s.id(), s.name().in(locale), s.modules().size())).toList();
    }

    @Override
    @Transactional
    public UUID create(String sectorId, String name, List<UUID> units, UUID actor) {
        SectorData sector = sectors.sector(sectorId);
        UUID programme = planning.create(name, sector.name().da(), units, minutes(sector), actor);
        for (ModuleTemplate m : sector.modules()) {
            adding.add(programme, new NewModule(m.title().da(), describe(m),
                    ModuleKind.valueOf(m.kind().name()), Delivery.valueOf(m.delivery().name()), List.of()), actor);
        }
        policies.store(programme, sectorId, sector.policy());
        return programme;
    }

    /** The sector's preferred block length, kept inside what the API allows; the API's default without a policy. */
    private static int minutes(SectorData sector) {
        return sector.policy() == null ? ActionLearningBlock.DEFAULT_MINUTES
                : ActionLearningBlock.clamp(sector.policy().preferredMinutes());
    }

    private static String describe(ModuleTemplate m) {
        return "Mål:\n" + m.goals().stream().map(g -> "- " + g.da()).collect(Collectors.joining("\n"))
                + "\n\nIndhold:\n" + m.outline().stream().map(Text::da).map(o -> "- " + o).collect(Collectors.joining("\n"))
                + "\n\nForeslået varighed: " + m.suggestedMinutes() + " min.";
    }
}
