package dk.spor.plugins;

import dk.spor.operations.Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import dk.spor.support.Api;
import dk.spor.support.Fixtures;
import dk.spor.support.RealDatabase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectorPluginsHttpTest implements RealDatabase {

    private static final String SECTOR = "sector-vulnerable-citizens";

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        try {
            Path folder = Files.createTempDirectory("spor-plugins");
            for (Path built : PluginJars.builtPlugins()) {
                Files.copy(built, folder.resolve(built.getFileName()));
            }
            PluginJars.jar(folder, "no-descriptor.jar", Map.of(), Map.of("readme.txt", "x".getBytes()));
            PluginJars.jar(folder, "missing-class.jar", withClass(PluginJars.descriptor("test-missing-class", ">=1.0.0"),
                    "test.plugin.DoesNotExist"), Map.of("readme.txt", "x".getBytes()));
            PluginJars.jar(folder, "future-api.jar", PluginJars.descriptor("test-future-api", ">=2.0.0"),
                    Map.of("readme.txt", "x".getBytes()));
            PluginJars.jar(folder, "throws.jar", PluginJars.descriptor("test-throws", ">=1.0.0"),
                    PluginJars.compiledExtension("ThrowingSector",
                            PluginJars.sector("ThrowingSector", "throw new IllegalStateException(\"broken on purpose\");")));
            PluginJars.jar(folder, "hangs.jar", PluginJars.descriptor("test-hangs", ">=1.0.0"),
                    PluginJars.compiledExtension("HangingSector", PluginJars.sector("HangingSector",
                            "try { Thread.sleep(60_000); } catch (InterruptedException e) { } return \"test-hangs\";")));
            properties.put("spor.plugins-dir", folder.toString());
            properties.put("spor.plugin-call-limit", "1s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, String> withClass(Map<String, String> descriptor, String pluginClass) {
        Map<String, String> m = new HashMap<>(descriptor);
        m.put("Plugin-Class", pluginClass);
        return m;
    }

    private Map<String, Map<String, Object>> pluginsById(Api hr) {
        return hr.list("/api/plugins").stream().collect(Collectors.toMap(p -> (String) p.get("id"), p -> p));
    }

    @Inject
    MeterRegistry meters;

    @Test
    void broken_plugins_are_reported_with_a_reason_and_the_good_ones_load() {
        // when
        Map<String, Map<String, Object>> plugins = pluginsById(Api.administrator(http.toBlocking()));
        // then
        Map<String, Object> good = plugins.get(SECTOR);
        assertEquals("STARTED", good.get("state"));
        assertEquals("1.0.0", good.get("version"));
        assertEquals(true, good.get("enabled"));
        assertTrue(plugins.get("no-descriptor.jar").get("problem").toString().contains("cannot be loaded"));
        assertNotNull(plugins.get("test-missing-class").get("problem"));
        assertTrue(plugins.get("test-future-api").get("problem").toString().contains(">=2.0.0"),
                plugins.get("test-future-api").toString());
        assertTrue(plugins.get("test-throws").get("problem").toString().contains("broken on purpose"));
        assertTrue(plugins.get("test-hangs").get("problem").toString().contains("did not answer"));
        assertTrue(meters.get(Metrics.PLUGIN_CALL_TIMEOUTS).tag("plugin", "test-hangs").counter().count() >= 1,
                "the time-out is counted for the operator");
        assertTrue(plugins.values().stream().filter(p -> p.get("problem") != null)
                .allMatch(p -> p.get("enabled").equals(false)));
    }

    @Test
    void a_programme_from_a_sector_template_keeps_its_modules_and_policy_when_the_plugin_is_disabled() {
        // given
        Api hr = Api.administrator(http.toBlocking());
        hr.csv("/api/organisation/units/import", Fixtures.UNITS);
        String team = hr.list("/api/units").stream().filter(u -> u.get("key").equals("T1"))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        Map<String, Object> sector = hr.list("/api/sectors").stream().filter(s -> s.get("id").equals(SECTOR))
                .findFirst().orElseThrow();
        int templates = ((List<?>) sector.get("modules")).size();
        // when
        Map<String, Object> programme = hr.post("/api/programmes/from-sector",
                Map.of("sectorId", SECTOR, "name", "AI i Jobcentret", "unitIds", List.of(team)));
        String id = (String) programme.get("id");
        hr.put("/api/plugins/" + SECTOR + "/enabled", Map.of("enabled", false));
        // then
        Map<String, Object> after = hr.get("/api/programmes/" + id);
        assertEquals(templates, ((List<?>) after.get("modules")).size());
        assertEquals(SECTOR, after.get("sectorId"));
        Map<String, Object> policy = hr.get("/api/programmes/" + id + "/action-learning-policy");
        assertEquals(SECTOR, policy.get("sectorId"));
        assertFalse(((List<?>) policy.get("allowedWindows")).isEmpty());
        assertTrue(hr.list("/api/sectors").stream().noneMatch(s -> s.get("id").equals(SECTOR)));
        HttpClientResponseException gone = assertThrows(HttpClientResponseException.class, () -> hr.post(
                "/api/programmes/from-sector", Map.of("sectorId", SECTOR, "name", "X", "unitIds", List.of(team))));
        assertEquals(HttpStatus.NOT_FOUND, gone.getStatus());
        hr.put("/api/plugins/" + SECTOR + "/enabled", Map.of("enabled", true));
    }
}
