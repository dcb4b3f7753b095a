package dk.spor.organisation.application;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** What an import did (or, for a dry run, would do): counts only, no personal data. */
@Serdeable
public record ImportReport(boolean applied, Map<String, Integer> changes) {
    public boolean changedNothing() {
        return changes.entrySet().stream().filter(e -> !e.getKey().equals("unchanged")).allMatch(e -> e.getValue() == 0);
    }
}
