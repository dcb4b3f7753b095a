package dk.spor.plugins.finance;

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
 * Finance staff book in the morning or early afternoon and never on Monday, when the week's payment run is
 * approved and accounts are reconciled.
 *
 * <p>The heaviest days in finance are month-end closing and the budget weeks, which are dates, not weekdays.
 * This API can only avoid weekdays, so the policy keeps to weekday windows and its {@link #reason()} asks the
 * planner to keep blocks out of the closing days by hand.
 */
@Extension
public class FinanceBookingPolicy implements ActionLearningPolicy {

    @Override
    public String sectorId() {
        return FinanceSector.ID;
    }

    @Override
    public List<DailyWindow> allowedWindows() {
        return List.of(
                DailyWindow.weekdays(LocalTime.of(8, 0), LocalTime.of(11, 30)),
                DailyWindow.weekdays(LocalTime.of(13, 0), LocalTime.of(15, 30)));
    }

    @Override
    public Set<DayOfWeek> daysToAvoid() {
        return Set.of(DayOfWeek.MONDAY);
    }

    @Override
    public Text reason() {
        return of("Mandag går til ugens betalingskørsel og afstemning, så der bookes tirsdag til fredag kl. 8–11.30 eller "
                        + "kl. 13–15.30. Månedsafslutning og budgetuger kan Spor ikke se ud fra ugedagen: læg ikke aktionslæring "
                        + "i månedens sidste to og første tre arbejdsdage eller i budgetugerne, og flyt en blok, hvis den rammer dem.",
                "Monday goes to the week's payment run and reconciliation, so blocks go Tuesday to Friday 08:00–11:30 or "
                        + "13:00–15:30. Spor cannot see month-end closing or budget weeks from the weekday: keep action learning out "
                        + "of the last two and first three working days of the month and out of the budget weeks, and move a block "
                        + "that lands on them.");
    }
}
