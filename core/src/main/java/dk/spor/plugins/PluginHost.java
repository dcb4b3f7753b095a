package dk.spor.plugins;

import dk.spor.operations.Metrics;
import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.PluginApi;
import dk.spor.plugin.api.SectorExtension;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The one place that knows PF4J. Loads every plugin jar in the plugins folder at start, one at a time, so a broken
 * plugin is reported (id or file, and reason) and the rest load. What a plugin contributes is read once, with a
 * time limit, and kept as plain data: the rest of Spor never calls plugin code.
 */
@Singleton
public class PluginHost {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final Path folder;
    private final Duration callLimit;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "spor-plugin-call");
        t.setDaemon(true);
        return t;
    });
    private final Metrics metrics;
    private volatile PluginManager manager;
    private final Map<String, LoadedPlugin> plugins = Collections.synchronizedMap(new LinkedHashMap<>());

    public PluginHost(@Value("${spor.plugins-dir:target/plugins}") String folder,
                      @Value("${spor.plugin-call-limit:5s}") Duration callLimit, Metrics metrics) {
        this.folder = Path.of(folder).toAbsolutePath();
        this.callLimit = callLimit;
        this.metrics = metrics;
    }

    /** A plugin as Spor sees it: what it is, whether it works, and what it contributed. */
    public record LoadedPlugin(String id, String version, String file, String state, String problem,
                               List<SectorData> sectors) {
        public boolean working() {
            return problem == null;
        }
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        load();
    }

    synchronized void load() {
        plugins.clear();
        if (!Files.isDirectory(folder)) {
            LOG.info("No plugins folder at {}; no sector plugins loaded.", folder);
            return;
        }
        DefaultPluginManager pf4j = new DefaultPluginManager(folder);
        pf4j.setSystemVersion(PluginApi.VERSION);
        manager = pf4j;
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar") || p.getFileName().toString().endsWith(".zip"))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.error("Cannot read the plugins folder {}: {}", folder, e.getMessage());
            return;
        }
        for (Path jar : jars) {
            String file = jar.getFileName().toString();
            String id;
            try {
                id = pf4j.loadPlugin(jar);
            } catch (RuntimeException e) {
                report(new LoadedPlugin(file, null, file, "FAILED", "cannot be loaded: " + reason(e), List.of()));
                continue;
            }
            if (id == null) {
                report(new LoadedPlugin(file, null, file, "FAILED", "cannot be loaded (not a plugin jar?)", List.of()));
                continue;
            }
            PluginWrapper wrapper = pf4j.getPlugin(id);
            String version = wrapper.getDescriptor().getVersion();
            PluginState state;
            try {
                state = pf4j.startPlugin(id);
            } catch (RuntimeException e) {
                report(new LoadedPlugin(id, version, file, "FAILED", "cannot start: " + reason(e), List.of()));
                continue;
            }
            if (state != PluginState.STARTED) {
                String requires = wrapper.getDescriptor().getRequires();
                boolean apiFits = pf4j.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires);
                String why = !apiFits
                        ? "requires plugin API " + requires + ", but this Spor offers " + PluginApi.VERSION
                        : wrapper.getFailedException() != null ? reason(wrapper.getFailedException())
                        : "did not start (" + state + ")";
                report(new LoadedPlugin(id, version, file, state.toString(), why, List.of()));
                continue;
            }
            report(contributions(pf4j, id, version, file));
        }
    }

    private LoadedPlugin contributions(PluginManager pf4j, String id, String version, String file) {
        try {
            List<SectorExtension> sectors = call(id, () -> pf4j.getExtensions(SectorExtension.class, id));
            List<ActionLearningPolicy> policies = call(id, () -> pf4j.getExtensions(ActionLearningPolicy.class, id));
            List<SectorData> data = new ArrayList<>();
            for (SectorExtension sector : sectors) {
                String sectorId = call(id, sector::id);
                PolicyData policy = null;
                for (ActionLearningPolicy p : policies) {
                    if (sectorId.equals(call(id, p::sectorId))) {
                        policy = call(id, () -> PolicyData.copy(p));
                    }
                }
                data.add(call(id, () -> SectorData.copy(id, sector)).withPolicy(policy));
            }
            return new LoadedPlugin(id, version, file, "STARTED", null, List.copyOf(data));
        } catch (PluginCallFailed e) {
            return new LoadedPlugin(id, version, file, "FAILED", e.getMessage(), List.of());
        }
    }

    private <T> T call(String pluginId, Callable<T> work) {
        Future<T> future = calls.submit(work);
        try {
            return future.get(callLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            metrics.pluginCallTimedOut(pluginId);
            throw new PluginCallFailed("did not answer within " + callLimit.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginCallFailed("was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new PluginCallFailed("threw " + reason(e.getCause()));
        }
    }

    private static final class PluginCallFailed extends RuntimeException {
        PluginCallFailed(String message) {
            super(message);
        }
    }

    private void report(LoadedPlugin plugin) {
        plugins.put(plugin.id(), plugin);
        if (plugin.working()) {
            LOG.info("Plugin {} {} loaded with {} sector(s).", plugin.id(), plugin.version(), plugin.sectors().size());
        } else {
            LOG.error("Plugin {} ({}) is not in use: {}", plugin.id(), plugin.file(), plugin.problem());
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + message;
    }

    public List<LoadedPlugin> plugins() {
        synchronized (plugins) {
            return List.copyOf(plugins.values());
        }
    }

    public Path folder() {
        return folder;
    }

    @EventListener
    public void onShutdown(ShutdownEvent event) {
        // unload rather than stopPlugins(), which can throw ConcurrentModificationException (PF4J #656)
        PluginManager m = manager;
        if (m != null) {
            new ArrayList<>(m.getPlugins()).forEach(p -> {
                try {
                    m.unloadPlugin(p.getPluginId());
                } catch (RuntimeException e) {
                    LOG.debug("Unloading {} failed: {}", p.getPluginId(), e.getMessage());
                }
            });
        }
        calls.shutdownNow();
    }
}
