package dk.spor.plugins.communication;

import static dk.spor.plugin.api.Text.of;

import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.DailyWindow;
import dk.spor.plugin.api.Text;
import java.time.LocalTime;
import java.util.List;
import org.pf4j.Extension;

/**
 * Communication staff start the day with press monitoring and the editorial meeting, and press enquiries
 * peak before noon; action learning goes in the early afternoon only, never in the morning.
 */
@Extension
public class CommunicationBookingPolicy implements ActionLearningPolicy {

    @Override
    public String sectorId() {
        return CommunicationSector.ID;
    }

    @Override
    public List<DailyWindow> allowedWindows() {
        return List.of(DailyWindow.weekdays(LocalTime.of(12, 30), LocalTime.of(15, 30)));
    }

    @Override
    public boolean supportPersonRequired() {
        return false;
    }

    @Override
    public Text reason() {
        return of("Om morgenen har kommunikation presseovervågning, redaktionsmøde og vagt på sociale medier, og "
                        + "pressehenvendelserne topper før frokost. Aktionslæring bookes derfor kun om eftermiddagen, kl. 12.30–15.30. "
                        + "Teamet har typisk selv de stærkeste digitale brugere, så en støtteperson er ikke et krav.",
                "In the morning communication staff do press monitoring, the editorial meeting and social-media duty, and press "
                        + "enquiries peak before lunch. Action learning is therefore booked in the afternoon only, 12:30–15:30. The "
                        + "team usually has strong digital users of its own, so a support person is not required.");
    }
}
