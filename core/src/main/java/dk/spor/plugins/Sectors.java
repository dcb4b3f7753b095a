package dk.spor.plugins;

import dk.spor.programme.application.Programmes;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Text;
import dk.spor.web.Problem;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sectors Spor offers: plugin contributions as data, switched on and off by HR. Creating a programme from a
 * sector copies its modules and booking policy into the programme, so it stays intact if the plugin goes away.
 */
@Singleton
public class Sectors {

    private final PluginHost host;
    private final DataSource dataSource;
    private final Programmes programmes;
    private final JsonMapper json;

    public Sectors(PluginHost host, DataSource dataSource, Programmes programmes, JsonMapper json) {
        this.host = host;
        this.dataSource = dataSource;
        this.programmes = programmes;
        this.json = json;
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
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                insert into plugin_setting (plugin_id, enabled, changed_by) values (?, ?, ?)
                on conflict (plugin_id) do update set enabled = excluded.enabled, changed_by = excluded.changed_by,
                    changed_at = now()""")) {
            ps.setString(1, pluginId);
            ps.setBoolean(2, enabled);
            ps.setObject(3, actor);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return plugins().stream().filter(p -> p.id().equals(pluginId)).findFirst().orElseThrow();
    }

    /** A new draft programme with the sector's modules (without dates) and its booking policy. */
    @Transactional
    public UUID createProgramme(String sectorId, String name, List<UUID> units, UUID actor) {
        SectorData sector = sector(sectorId);
        int minutes = sector.policy() == null ? 90 : Math.max(60, Math.min(120, sector.policy().preferredMinutes()));
        UUID programme = programmes.create(name, sector.name().da(), units, minutes, actor);
        for (ModuleTemplate m : sector.modules()) {
            programmes.addModule(programme, new Programmes.NewModule(m.title().da(), describe(m),
                    ModuleKind.valueOf(m.kind().name()), Delivery.valueOf(m.delivery().name()), List.of()), actor);
        }
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "update programme set sector_id = ?, action_learning_policy = ?::jsonb where id = ?")) {
            ps.setString(1, sectorId);
            ps.setString(2, sector.policy() == null ? null : json.writeValueAsString(sector.policy()));
            ps.setObject(3, programme);
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return programme;
    }

    private static String describe(ModuleTemplate m) {
        return "Mål:\n" + m.goals().stream().map(g -> "- " + g.da()).collect(Collectors.joining("\n"))
                + "\n\nIndhold:\n" + m.outline().stream().map(Text::da).map(o -> "- " + o).collect(Collectors.joining("\n"))
                + "\n\nForeslået varighed: " + m.suggestedMinutes() + " min.";
    }

    private Map<String, Boolean> settings() {
        Map<String, Boolean> settings = new HashMap<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("select plugin_id, enabled from plugin_setting");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getBoolean(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return settings;
    }

    @Transactional
    public java.util.Optional<PolicyData> policyOf(UUID programme) {
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement(
                "select action_learning_policy::text from programme where id = ?")) {
            ps.setObject(1, programme);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(json.readValue(rs.getString(1), PolicyData.class));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
