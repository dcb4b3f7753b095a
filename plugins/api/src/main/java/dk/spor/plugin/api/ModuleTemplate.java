package dk.spor.plugin.api;

import java.util.List;

/**
 * A training module (spor 2) a sector suggests. HR turns a template into a dated module in a programme.
 *
 * @param key              stable kebab-case key, unique within the sector
 * @param title            the module title
 * @param goals            what participants can do afterwards
 * @param outline          the content, in order
 * @param suggestedMinutes suggested length in minutes, positive
 * @param delivery         in person or online
 * @param kind             progressive or elective
 */
public record ModuleTemplate(String key, Text title, List<Text> goals, List<Text> outline,
                             int suggestedMinutes, Delivery delivery, ModuleKind kind) {

    public ModuleTemplate {
        PluginApi.requireKebabCase(key, "module template key");
        goals = List.copyOf(goals);
        outline = List.copyOf(outline);
        if (title == null || delivery == null || kind == null) {
            throw new IllegalArgumentException("module template " + key + " needs a title, delivery and kind");
        }
        if (suggestedMinutes <= 0) {
            throw new IllegalArgumentException("module template " + key + " needs a positive length");
        }
    }
}
