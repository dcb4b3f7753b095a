package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecurrencesTest {

    private static final IcsText.Deadline GENEROUS = new IcsText.Deadline(Duration.ofSeconds(30));

    /** Rules of the shapes the date-arithmetic path takes, drawn with a fixed seed so a failure repeats. */
    static Stream<Arguments> simpleRules() {
        Random random = new Random(20260323L);
        String[] days = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        return IntStream.range(0, 400).mapToObj(i -> {
            StringBuilder rule = new StringBuilder(random.nextBoolean() ? "FREQ=WEEKLY" : "FREQ=DAILY");
            int interval = 1 + random.nextInt(3);
            if (interval > 1 || random.nextBoolean()) {
                rule.append(";INTERVAL=").append(interval);
            }
            if (random.nextInt(3) > 0) {
                List<String> chosen = new ArrayList<>();
                for (String d : days) {
                    if (random.nextInt(3) == 0) {
                        chosen.add(d);
                    }
                }
                if (!chosen.isEmpty()) {
                    rule.append(";BYDAY=").append(String.join(",", chosen));
                }
            }
            if (random.nextBoolean()) {
                rule.append(";WKST=").append(days[random.nextInt(7)]);
            }
            if (random.nextInt(3) == 0) {
                rule.append(";COUNT=").append(1 + random.nextInt(60));
            }
            LocalDateTime seed = LocalDateTime.of(2024, 1, 1, 8, 0).plusDays(random.nextInt(900))
                    .plusMinutes(15L * random.nextInt(40));
            LocalDateTime from = seed.plusDays(random.nextInt(200) - 30);
            LocalDateTime to = from.plusDays(1 + random.nextInt(120));
            return Arguments.of(rule.toString(), seed, from, to, random.nextBoolean());
        });
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("simpleRules")
    void daily_and_weekly_rules_give_the_same_dates_as_ical4j(String text, LocalDateTime seed, LocalDateTime from,
                                                              LocalDateTime to, boolean allDay) {
        // given
        RecurrenceRule rule = RecurrenceRule.parse(text, 1);
        assertTrue(rule.isSimple(), text);
        // when / then
        if (allDay) {
            assertEquals(ical4j(rule, seed.toLocalDate(), from.toLocalDate(), to.toLocalDate()),
                    ours(rule, seed.toLocalDate(), from.toLocalDate(), to.toLocalDate()), text);
        } else {
            assertEquals(ical4j(rule, seed, from, to), ours(rule, seed, from, to), text);
        }
    }

    private static <T extends Temporal & Comparable<? super T>> List<T> ours(RecurrenceRule rule, T seed, T from,
                                                                             T to) {
        List<T> out = new ArrayList<>();
        Recurrences.expand(rule, seed, from, to, 10_000, GENEROUS, 1, out::add, "this event repeats");
        return out;
    }

    private static <T extends Temporal & Comparable<? super T>> List<T> ical4j(RecurrenceRule rule, T seed, T from,
                                                                               T to) {
        return new Recur<T>(rule.ical4j(rule.count)).getDates(seed, from, to, -1);
    }

    @Test
    void a_rule_outside_the_simple_shapes_goes_through_ical4j_and_still_moves_ahead_to_the_period() {
        // given: the last weekday of every month, and every hour of a working day, both since 2001
        RecurrenceRule monthly = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 1);
        RecurrenceRule hourly = RecurrenceRule.parse("FREQ=HOURLY;BYHOUR=8,9,10,11,12,13,14,15", 1);
        LocalDateTime seed = LocalDateTime.of(2001, 1, 1, 8, 0);
        LocalDateTime from = LocalDateTime.of(2026, 3, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(2026, 5, 31, 23, 59);
        // when
        List<LocalDateTime> lastWeekdays = ours(monthly, seed, from, to);
        List<LocalDateTime> hours = ours(hourly, seed, from, to);
        // then
        assertEquals(List.of(LocalDateTime.of(2026, 3, 31, 8, 0), LocalDateTime.of(2026, 4, 30, 8, 0),
                LocalDateTime.of(2026, 5, 29, 8, 0)), lastWeekdays);
        assertEquals(92 * 8, hours.size());
        assertEquals(ical4j(hourly, LocalDateTime.of(2026, 2, 27, 8, 0), from, to), hours);
    }

    @Test
    void an_all_day_event_cannot_repeat_hourly() {
        // given
        RecurrenceRule hourly = RecurrenceRule.parse("FREQ=HOURLY", 4);
        // when
        IcsFormatException e = assertThrows(IcsFormatException.class, () -> Recurrences.expand(hourly,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), 100, GENEROUS, 4,
                d -> { }, "this event repeats"));
        // then
        assertEquals(4, e.lineNumber());
    }

    @Test
    void unknown_rule_parts_are_dropped_the_week_starts_on_monday_and_a_rule_without_freq_is_refused_with_its_line() {
        // given / when
        RecurrenceRule withExtras = RecurrenceRule.parse("freq=weekly;X-NAME=1;RSCALE=GREGORIAN;byday=mo", 3);
        IcsFormatException noFreq = assertThrows(IcsFormatException.class,
                () -> RecurrenceRule.parse("BYDAY=MO", 8));
        // then
        assertEquals("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO", withExtras.ical4j(null));
        assertEquals(8, noFreq.lineNumber());
        assertTrue(noFreq.getMessage().contains("no FREQ"), noFreq.getMessage());
    }
}
