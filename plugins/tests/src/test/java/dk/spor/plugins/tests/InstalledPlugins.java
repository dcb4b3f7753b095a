package dk.spor.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.PluginApi;
import dk.spor.plugin.api.SectorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;

/**
 * The plugin jars of this build, loaded and started with PF4J the way the host loads them: from the one
 * plugin folder {@code target/plugins/} at the repository root, with PF4J's system version set to
 * {@link PluginApi#VERSION}.
 */
final class InstalledPlugins implements AutoCloseable {

    /** Every sector plugin this repository builds. */
    static final List<String> SECTOR_PLUGIN_IDS = List.of(
            "sector-vulnerable-citizens",
            "sector-citizen-service",
            "sector-planning-building",
            "sector-finance",
            "sector-communication",
            "sector-hr-legal");

    /** Maven runs tests with the module directory ({@code plugins/tests}) as working directory. */
    static final Path PLUGINS_DIR = Path.of("..", "..", "target", "plugins").toAbsolutePath().normalize();

    private final PluginManager manager;

    private InstalledPlugins(PluginManager manager) {
        this.manager = manager;
    }

    /** Loads and starts every plugin jar in {@link #PLUGINS_DIR}. */
    static InstalledPlugins loadAndStart() {
        assertTrue(Files.isDirectory(PLUGINS_DIR),
                "no plugin folder at " + PLUGINS_DIR + "; build the plugins first (mvn verify from the repository root)");
        DefaultPluginManager manager = new DefaultPluginManager(PLUGINS_DIR);
        manager.setSystemVersion(PluginApi.VERSION);
        manager.loadPlugins();
        manager.startPlugins();
        return new InstalledPlugins(manager);
    }

    PluginManager manager() {
        return manager;
    }

    /** Every sector extension, across all plugins. */
    List<SectorExtension> sectors() {
        return manager.getExtensions(SectorExtension.class);
    }

    /** Every action-learning policy, across all plugins. */
    List<ActionLearningPolicy> policies() {
        return manager.getExtensions(ActionLearningPolicy.class);
    }

    /** The policy of one sector; fails if there is none. */
    ActionLearningPolicy policyOf(String sectorId) {
        return policies().stream()
                .filter(p -> p.sectorId().equals(sectorId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action-learning policy for " + sectorId));
    }

    /**
     * Unloads every plugin, which stops it first. Not {@code stopPlugins()}: that can throw a
     * ConcurrentModificationException (PF4J issue #656).
     */
    @Override
    public void close() {
        manager.unloadPlugins();
    }
}
