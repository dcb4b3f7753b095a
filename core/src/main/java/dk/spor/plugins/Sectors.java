package dk.spor.plugins;

import dk.spor.plugins.persistence.PluginSettings;
import dk.spor.plugins.persistence.ProgrammePolicies;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sectors Spor offers, as the rest of Spor reads them: the installed plugins with HR's switches, the
 * contributions of the enabled ones as plain data, and the booking policy a programme copied from its sector.
 * Switching a plugin and creating a programme from a sector are use cases of their own
 * ({@code dk.spor.plugins.application}).
 */
@Singleton
public class Sectors {

    private final PluginHost host;
    private final PluginSettings settings;
    private final ProgrammePolicies policies;

    public Sectors(PluginHost host, PluginSettings settings, ProgrammePolicies policies) {
        this.host = host;
        this.settings = settings;
        this.policies = policies;
    }

    @Serdeable
    public record PluginView(String id, String version, String file, String state, boolean enabled, String problem,
                             List<String> sectors) {
    }

    /** Every installed plugin with version, state, whether it is in use and, for a broken one, why not. */
    @Transactional
    public List<PluginView> plugins() {
        Map<String, Boolean> settings = settings();
        return host.plugins().stream().map(p -> new PluginView(p.id(), p.version(), p.file(), p.state(),
                p.working() && settings.getOrDefault(p.id(), true), p.problem(),
                p.sectors().stream().map(SectorData::id).toList())).toList();
    }

    /** What the working, enabled plugins contribute. */
    @Transactional
    public List<SectorData> enabledSectors() {
        Map<String, Boolean> settings = settings();
        return host.plugins().stream().filter(p -> p.working() && settings.getOrDefault(p.id(), true))
                .flatMap(p -> p.sectors().stream()).toList();
    }

    /** One enabled sector; 404 when it is not installed, broken or switched off. */
    @Transactional
    public SectorData sector(String id) {
        return enabledSectors().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("An enabled sector '" + id + "'"));
    }

    /** The booking policy the programme copied from its sector; empty for a programme without one. */
    @Transactional
    public Optional<PolicyData> policyOf(UUID programme) {
        return policies.policyOf(programme);
    }

    private Map<String, Boolean> settings() {
        Map<String, Boolean> enabled = new HashMap<>();
        settings.findAll().forEach(row -> enabled.put(row.pluginId(), row.enabled()));
        return enabled;
    }
}
