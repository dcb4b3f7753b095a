package dk.spor.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.SectorExtension;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Every sector plugin jar loads in PF4J, starts, and contributes exactly one sector and one policy. */
class SectorPluginsLoadTest {

    private static InstalledPlugins plugins;

    static final List<String> PLUGIN_IDS = InstalledPlugins.SECTOR_PLUGIN_IDS;

    @BeforeAll
    static void loadAll() {
        plugins = InstalledPlugins.loadAndStart();
    }

    @AfterAll
    static void unloadAll() {
        plugins.close();
    }

    @Test
    void exactly_the_six_sector_plugins_are_loaded() {
        // when
        Set<String> loaded = plugins.manager().getPlugins().stream()
                .map(PluginWrapper::getPluginId)
                .collect(Collectors.toCollection(TreeSet::new));

        // then
        assertEquals(new TreeSet<>(PLUGIN_IDS), loaded, "plugins in " + InstalledPlugins.PLUGINS_DIR);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PLUGIN_IDS")
    void the_plugin_is_started_in_version_1_0_0(String pluginId) {
        // given
        PluginWrapper plugin = plugins.manager().getPlugin(pluginId);

        // then
        assertEquals(PluginState.STARTED, plugin == null ? null : plugin.getPluginState(),
                pluginId + " is not started" + (plugin == null ? " (not loaded)" : failure(plugin)));
        assertEquals("1.0.0", plugin.getDescriptor().getVersion());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PLUGIN_IDS")
    void the_plugin_contributes_one_sector_with_its_own_id(String pluginId) {
        // when
        List<SectorExtension> sectors = plugins.manager().getExtensions(SectorExtension.class, pluginId);

        // then
        assertEquals(1, sectors.size(), pluginId + " sector extensions");
        assertEquals(pluginId, sectors.get(0).id());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PLUGIN_IDS")
    void the_plugin_contributes_one_booking_policy_for_its_own_sector(String pluginId) {
        // when
        List<ActionLearningPolicy> policies = plugins.manager().getExtensions(ActionLearningPolicy.class, pluginId);

        // then
        assertEquals(1, policies.size(), pluginId + " action-learning policies");
        assertEquals(pluginId, policies.get(0).sectorId());
    }

    private static String failure(PluginWrapper plugin) {
        return plugin.getFailedException() == null ? "" : ": " + plugin.getFailedException();
    }
}
