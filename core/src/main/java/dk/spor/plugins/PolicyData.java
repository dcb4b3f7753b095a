package dk.spor.plugins;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.DailyWindow;
import io.micronaut.serde.annotation.Serdeable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sector's action-learning booking rules as plain data: stored on a programme created from the sector, so
 * bookings keep following them even if the plugin is later disabled.
 */
@Serdeable
public record PolicyData(String sectorId, List<Window> allowedWindows, int preferredMinutes, String participation,
                         boolean supportPersonRequired, Set<DayOfWeek> daysToAvoid, String reasonDa, String reasonEn) {

    /** Empty collections are left out of stored JSON; read back they are empty, not missing. */
    public PolicyData {
        allowedWindows = allowedWindows == null ? List.of() : List.copyOf(allowedWindows);
        daysToAvoid = daysToAvoid == null ? Set.of() : Set.copyOf(daysToAvoid);
    }

    @Serdeable
    public record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    }

    static PolicyData copy(ActionLearningPolicy policy) {
        List<Window> windows = policy.allowedWindows().stream()
                .map((DailyWindow w) -> new Window(new TreeSet<>(w.days()), w.from(), w.to())).toList();
        return new PolicyData(policy.sectorId(), windows, policy.preferredMinutes(), policy.participation().name(),
                policy.supportPersonRequired(), new TreeSet<>(policy.daysToAvoid()), policy.reason().da(),
                policy.reason().en());
    }
}
