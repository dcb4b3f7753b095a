package dk.spor.plugins.citizenservice;

import static dk.spor.plugin.api.Text.of;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.DailyWindow;
import dk.spor.plugin.api.Text;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Citizen service books action learning only outside opening hours, so the counter and the phones stay
 * staffed. The opening hours assumed are the common ones for a Danish borgerservice:
 * <ul>
 *   <li>Monday to Wednesday 10:00–15:00,</li>
 *   <li>Thursday 10:00–17:30,</li>
 *   <li>Friday 10:00–13:00.</li>
 * </ul>
 * Blocks therefore go 08:00–10:00 every weekday, 15:00–16:30 Monday to Wednesday and 13:00–15:00 on
 * Friday. Thursday has only the morning, because the counter is open until 17:30.
 */
@Extension
public class CitizenServiceBookingPolicy implements ActionLearningPolicy {

    private static final Set<DayOfWeek> CLOSING_AT_THREE =
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);

    @Override
    public String sectorId() {
        return CitizenServiceSector.ID;
    }

    @Override
    public List<DailyWindow> allowedWindows() {
        return List.of(
                DailyWindow.weekdays(LocalTime.of(8, 0), LocalTime.of(10, 0)),
                DailyWindow.on(CLOSING_AT_THREE, LocalTime.of(15, 0), LocalTime.of(16, 30)),
                DailyWindow.on(Set.of(DayOfWeek.FRIDAY), LocalTime.of(13, 0), LocalTime.of(15, 0)));
    }

    @Override
    public Text reason() {
        return of("Borgerservice bookes kun uden for åbningstiden, så skranken og telefonerne altid er bemandet. "
                        + "Vi regner med åbent mandag–onsdag 10–15, torsdag 10–17.30 og fredag 10–13. Derfor ligger "
                        + "aktionslæring kl. 8–10 alle hverdage, kl. 15–16.30 mandag–onsdag og kl. 13–15 fredag. "
                        + "Har jeres borgerservice andre åbningstider, skal vinduerne tilpasses før planlægning.",
                "Citizen service is booked only outside opening hours, so the counter and the phones are always staffed. "
                        + "We assume opening hours Monday–Wednesday 10:00–15:00, Thursday 10:00–17:30 and Friday 10:00–13:00. "
                        + "Action learning therefore goes 08:00–10:00 every weekday, 15:00–16:30 Monday–Wednesday and "
                        + "13:00–15:00 on Friday. If your citizen service keeps other hours, adjust the windows before planning.");
    }
}
