package dk.spor.plugins.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** HR's switch for one plugin: stored only once HR has switched it; a plugin without a row is enabled. */
@MappedEntity("plugin_setting")
public record PluginSettingRow(@Id String pluginId, boolean enabled, @Nullable UUID changedBy, Instant changedAt) {
}
