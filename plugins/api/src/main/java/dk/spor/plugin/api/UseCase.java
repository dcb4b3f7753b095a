package dk.spor.plugin.api;

import java.util.List;

/**
 * A use case a sector adds on top of the shared catalogue.
 *
 * @param id      stable kebab-case id, prefixed by the sector id so it never clashes with another sector
 *                (e.g. {@code sector-finance-budget-follow-up}); catalogue ids such as {@code 1.1} are not
 *                used here
 * @param title   a short title
 * @param summary what AI does and for whom
 * @param gains   what is sought: any of {@code time}, {@code quality}, {@code service}
 * @param risks   risks to discuss openly when trying it
 */
public record UseCase(String id, Text title, Text summary, List<String> gains, List<Text> risks) {

    public UseCase {
        PluginApi.requireKebabCase(id, "use case id");
        gains = List.copyOf(gains);
        risks = List.copyOf(risks);
        for (String gain : gains) {
            if (!List.of("time", "quality", "service").contains(gain)) {
                throw new IllegalArgumentException("use case " + id + " has an unknown gain: " + gain);
            }
        }
    }
}
