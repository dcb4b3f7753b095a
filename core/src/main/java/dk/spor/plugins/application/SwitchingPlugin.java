package dk.spor.plugins.application;

import dk.spor.plugins.PluginHost;
import dk.spor.plugins.Sectors;
import dk.spor.plugins.persistence.PluginSettingRow;
import dk.spor.plugins.persistence.PluginSettings;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** HR switches a plugin off or on at run time; programmes created from it keep what they copied. */
@Singleton
public class SwitchingPlugin {

    private final PluginHost host;
    private final PluginSettings settings;
    private final Sectors sectors;
    private final Clock clock;

    public SwitchingPlugin(PluginHost host, PluginSettings settings, Sectors sectors, Clock clock) {
        this.host = host;
        this.settings = settings;
        this.sectors = sectors;
        this.clock = clock;
    }

    @Transactional
    public Sectors.PluginView setEnabled(String pluginId, boolean enabled, UUID actor) {
        if (host.plugins().stream().noneMatch(p -> p.id().equals(pluginId))) {
            throw Problem.notFound("A plugin '" + pluginId + "'");
        }
        PluginSettingRow row = new PluginSettingRow(pluginId, enabled, actor, Instant.now(clock));
        if (settings.existsById(pluginId)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        return sectors.plugins().stream().filter(p -> p.id().equals(pluginId)).findFirst().orElseThrow();
    }
}
