package dk.spor.plugin.api;

import java.util.List;

/**
 * A case for the leadership track (spor 1): a realistic situation with a dilemma and no single answer.
 *
 * @param key       stable kebab-case key, unique within the sector
 * @param title     a short title
 * @param dilemma   the situation and what pulls in different directions
 * @param questions questions for reflection, for the management team or with MED
 */
public record LeadershipCase(String key, Text title, Text dilemma, List<Text> questions) {

    public LeadershipCase {
        PluginApi.requireKebabCase(key, "leadership case key");
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("leadership case " + key + " needs questions for reflection");
        }
    }
}
