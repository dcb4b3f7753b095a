package dk.spor.plugins;

import dk.spor.database.Sql;
import dk.spor.plugins.persistence.PluginSettingRow;
import dk.spor.plugins.persistence.PluginSettings;
import dk.spor.programme.application.AddingModule;
import dk.spor.programme.application.NewModule;
import dk.spor.programme.application.PlanningProgramme;
import dk.spor.programme.model.ActionLearningBlock;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Text;
import dk.spor.web.Problem;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sectors Spor offers: plugin contributions as data, switched on and off by HR. Creating a programme from a
 * sector copies its modules and booking policy into the programme, so it stays intact if the plugin goes away.
 */
@Singleton
public class Sectors {

    private final PluginHost host;
    private final PluginSettings settings;
    private final Sql sql;
    private final PlanningProgramme planning;
    private final AddingModule addingModule;
    private final JsonMapper json;
    private final Clock clock;

    public Sectors(PluginHost host, PluginSettings settings, Sql sql, PlanningProgramme planning,
                   AddingModule addingModule, JsonMapper json, Clock clock) {
        this.host = host;
        this.settings = settings;
        this.sql = sql;
        this.planning = planning;
        this.addingModule = addingModule;
        this.json = json;
        this.clock = clock;
    }

    @Serdeable
    public record PluginView(String id, String version, String file, String state, boolean enabled, String problem,
                             List<String> sectors) {
    }

    @Transactional
    public List<PluginView> plugins() {
        Map<String, Boolean> settings = settings();
        return host.plugins().stream().map(p -> new PluginView(p.id(), p.version(), p.file(), p.state(),
                p.working() && settings.getOrDefault(p.id(), true), p.problem(),
                p.sectors().stream().map(SectorData::id).toList())).toList();
    }

    @Transactional
    public List<SectorData> enabledSectors() {
        Map<String, Boolean> settings = settings();
        return host.plugins().stream().filter(p -> p.working() && settings.getOrDefault(p.id(), true))
                .flatMap(p -> p.sectors().stream()).toList();
    }

    @Transactional
    public SectorData sector(String id) {
        return enabledSectors().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("An enabled sector '" + id + "'"));
    }

    @Transactional
    public PluginView setEnabled(String pluginId, boolean enabled, UUID actor) {
        if (host.plugins().stream().noneMatch(p -> p.id().equals(pluginId))) {
            throw Problem.notFound("A plugin '" + pluginId + "'");
        }
        PluginSettingRow row = new PluginSettingRow(pluginId, enabled, actor, Instant.now(clock));
        if (settings.existsById(pluginId)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        return plugins().stream().filter(p -> p.id().equals(pluginId)).findFirst().orElseThrow();
    }

    /** A new draft programme with the sector's modules (without dates) and its booking policy. */
    @Transactional
    public UUID createProgramme(String sectorId, String name, List<UUID> units, UUID actor) {
        SectorData sector = sector(sectorId);
        int minutes = sector.policy() == null ? ActionLearningBlock.DEFAULT_MINUTES
                : ActionLearningBlock.clamp(sector.policy().preferredMinutes());
        UUID programme = planning.create(name, sector.name().da(), units, minutes, actor);
        for (ModuleTemplate m : sector.modules()) {
            addingModule.add(programme, new NewModule(m.title().da(), describe(m),
                    ModuleKind.valueOf(m.kind().name()), Delivery.valueOf(m.delivery().name()), List.of()), actor);
        }
        sql.update("update programme set sector_id = ?, action_learning_policy = ?::jsonb where id = ?",
                sectorId, sector.policy() == null ? null : writeJson(sector.policy()), programme);
        return programme;
    }

    private static String describe(ModuleTemplate m) {
        return "Mål:\n" + m.goals().stream().map(g -> "- " + g.da()).collect(Collectors.joining("\n"))
                + "\n\nIndhold:\n" + m.outline().stream().map(Text::da).map(o -> "- " + o).collect(Collectors.joining("\n"))
                + "\n\nForeslået varighed: " + m.suggestedMinutes() + " min.";
    }

    private Map<String, Boolean> settings() {
        Map<String, Boolean> enabled = new HashMap<>();
        settings.findAll().forEach(row -> enabled.put(row.pluginId(), row.enabled()));
        return enabled;
    }

    private String writeJson(PolicyData policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public Optional<PolicyData> policyOf(UUID programme) {
        return sql.first("select action_learning_policy::text as policy from programme where id = ?",
                row -> row.string("policy"), programme).map(text -> {
                    try {
                        return json.readValue(text, PolicyData.class);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
