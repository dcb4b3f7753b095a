package dk.spor.plugins.planningbuilding;

import static dk.spor.plugin.api.Text.of;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.DailyWindow;
import dk.spor.plugin.api.Text;
import java.time.LocalTime;
import java.util.List;
import org.pf4j.Extension;

/**
 * Building and planning case officers keep phone hours for builders and advisers from 10:00 to 12:00 and
 * do site inspections late in the afternoon; blocks go before the phone hours or right after lunch.
 */
@Extension
public class PlanningBuildingBookingPolicy implements ActionLearningPolicy {

    @Override
    public String sectorId() {
        return PlanningBuildingSector.ID;
    }

    @Override
    public List<DailyWindow> allowedWindows() {
        return List.of(
                DailyWindow.weekdays(LocalTime.of(8, 0), LocalTime.of(10, 0)),
                DailyWindow.weekdays(LocalTime.of(12, 30), LocalTime.of(15, 0)));
    }

    @Override
    public int preferredMinutes() {
        return 120;
    }

    @Override
    public Text reason() {
        return of("Byggesag og plan har telefontid for ansøgere og rådgivere kl. 10–12, og besigtigelser ligger ofte sidst på "
                        + "eftermiddagen. Aktionslæring bookes derfor kl. 8–10 eller kl. 12.30–15, gerne to timer, så der er tid "
                        + "til at arbejde med en hel sag eller en bunke høringssvar.",
                "Building and planning staff keep phone hours for applicants and advisers from 10:00 to 12:00, and site "
                        + "inspections often fall late in the afternoon. Action learning is therefore booked 08:00–10:00 or "
                        + "12:30–15:00, preferably for two hours, so there is time to work through a whole case or a batch of "
                        + "consultation responses.");
    }
}
