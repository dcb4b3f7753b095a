package dk.spor.statistics.application;

import dk.spor.statistics.model.MinimumGroupSize;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/**
 * The data policy as this installation runs it: the rules employees were promised, with the settings that make them
 * concrete (minimum group size, how long data is kept after someone leaves). For everyone, representatives included.
 */
@Singleton
public class ReadingDataPolicy {

    private final MinimumGroupSize minimum;
    private final Duration afterLeaving;
    private final boolean retention;

    public ReadingDataPolicy(MinimumGroupSize minimum,
                             @Value("${spor.retention.after-leaving:90d}") Duration afterLeaving,
                             @Value("${spor.retention.enabled:true}") boolean retention) {
        this.minimum = minimum;
        this.afterLeaving = afterLeaving;
        this.retention = retention;
    }

    @Serdeable
    public record Rule(String key, String da, String en) {
    }

    /** {@code retentionDaysAfterLeaving} is null when the operator has switched deletion off. */
    @Serdeable
    public record Policy(int minimumGroupSize, @Nullable Long retentionDaysAfterLeaving, List<Rule> rules) {
    }

    public Policy policy() {
        int size = minimum.value();
        return new Policy(size, retention ? afterLeaving.toDays() : null, List.of(
                new Rule("PURPOSE", "Profiler og mål bruges kun til at tilpasse forløbet og til dialog – aldrig til løn,"
                        + " bedømmelse, udvælgelse eller afsked. Ingen ranglister.",
                        "Profiles and goals serve tailoring and dialogue only – never pay, rating, selection or"
                                + " dismissal. No rankings."),
                new Rule("VOLUNTARY", "Det er frivilligt at svare på holdningsundersøgelsen; at sige nej er et svar som"
                        + " alle andre og bliver aldrig vist.", "Answering the attitude survey is voluntary; declining"
                        + " is an answer like any other and is never shown."),
                new Rule("MINE_FIRST", "Du ser din profil først, kan kommentere den og vælger selv, om din leder må se"
                        + " den.", "You see your profile first, can comment on it and decide whether your manager"
                        + " may see it."),
                new Rule("EXPLAINABLE", "Hver profil viser, hvilke svar der førte til den, og hvilken version af"
                        + " spørgeskemaet.", "Every profile shows which answers led to it and which version of the"
                        + " survey."),
                new Rule("AGGREGATES", "Ledere, HR og tillidsvalgte ser kun tal for grupper på mindst " + size
                        + " personer.", "Managers, HR and representatives only see figures for groups of at least "
                        + size + " people."),
                new Rule("MINIMAL", "Ingen demografi. Kalendere læses kun som optaget/ledig – aldrig titler, deltagere"
                        + " eller indhold.", "No demographics. Calendars are read as busy/free only – never titles,"
                        + " attendees or contents."),
                new Rule("LOGGED", "Når din leder læser dine mål eller din delte profil, bliver det logget, og du kan"
                        + " se loggen.", "When your manager reads your goals or your shared profile, it is logged,"
                        + " and you can see the log."),
                new Rule("DELETABLE", retention
                        ? "Du kan hente og slette dine data. Når du fratræder, slettes alt om dig efter "
                                + afterLeaving.toDays() + " dage."
                        : "Du kan hente og slette dine data.",
                        retention
                                ? "You can export and erase your data. When you leave, everything about you is deleted"
                                + " after " + afterLeaving.toDays() + " days."
                                : "You can export and erase your data.")));
    }
}
