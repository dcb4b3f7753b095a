package dk.spor.plugins.vulnerablecitizens;

import static dk.spor.plugin.api.Text.of;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.DailyWindow;
import dk.spor.plugin.api.Text;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Citizen meetings in the job centre and home visits cluster mid-morning and midday; blocks go early or
 * late in the day, and never on Monday, when the week's urgent child-protection cases are handled.
 */
@Extension
public class VulnerableCitizensBookingPolicy implements ActionLearningPolicy {

    @Override
    public String sectorId() {
        return VulnerableCitizensSector.ID;
    }

    @Override
    public List<DailyWindow> allowedWindows() {
        return List.of(
                DailyWindow.weekdays(LocalTime.of(8, 0), LocalTime.of(10, 0)),
                DailyWindow.weekdays(LocalTime.of(13, 30), LocalTime.of(15, 30)));
    }

    @Override
    public Set<DayOfWeek> daysToAvoid() {
        return Set.of(DayOfWeek.MONDAY);
    }

    @Override
    public Text reason() {
        return of("Borgersamtaler og hjemmebesøg ligger typisk midt på dagen, og mandag går til akutte børnesager. "
                        + "Derfor bookes tidligt om morgenen eller sidst på eftermiddagen, med en superbruger til stede.",
                "Citizen meetings and home visits usually fall mid-day, and Monday goes to urgent child cases. "
                        + "Blocks are therefore booked early morning or late afternoon, with a support person present.");
    }
}
