package dk.spor.plugins.hrlegal;

import static dk.spor.plugin.api.Text.of;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.DailyWindow;
import dk.spor.plugin.api.Text;
import java.time.LocalTime;
import java.util.List;
import org.pf4j.Extension;

/**
 * HR and legal staff have few fixed citizen-facing hours; blocks go in the morning or after lunch on any
 * weekday, with a support person, because the data they handle is among the most sensitive in the
 * organisation.
 */
@Extension
public class HrLegalBookingPolicy implements ActionLearningPolicy {

    @Override
    public String sectorId() {
        return HrLegalSector.ID;
    }

    @Override
    public List<DailyWindow> allowedWindows() {
        return List.of(
                DailyWindow.weekdays(LocalTime.of(8, 0), LocalTime.of(11, 30)),
                DailyWindow.weekdays(LocalTime.of(12, 30), LocalTime.of(15, 30)));
    }

    @Override
    public Text reason() {
        return of("HR og jura har få faste åbningstider, så der kan bookes alle hverdage kl. 8–11.30 eller kl. 12.30–15.30. "
                        + "En støtteperson er med, fordi personalesager, helbredsoplysninger og klagesager er blandt de mest "
                        + "følsomme data i organisationen. Undgå lønkørselsdagene og frister for klagesager, som Spor ikke kan se.",
                "HR and legal keep few fixed opening hours, so blocks can be booked on any weekday 08:00–11:30 or 12:30–15:30. "
                        + "A support person takes part because staff matters, health data and complaints are among the most "
                        + "sensitive data in the organisation. Avoid payroll run days and complaint deadlines, which Spor cannot see.");
    }
}
