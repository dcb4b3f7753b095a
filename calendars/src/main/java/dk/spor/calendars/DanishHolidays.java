package dk.spor.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Danish public holidays and customary non-working days, computed for any Gregorian year.
 *
 * <p>Included as non-working days: Nytårsdag, Skærtorsdag, Langfredag, Påskedag, 2. Påskedag,
 * Store Bededag (only before 2024, when it was abolished), Kristi Himmelfartsdag, Pinsedag,
 * 2. Pinsedag, Grundlovsdag (5 June), Juleaften (24 December), Juledag, 2. Juledag and
 * Nytårsaftensdag (31 December). Easter Sunday is computed with the anonymous Gregorian algorithm.
 *
 * <p>Instances are immutable and thread-safe; results per year are cached.
 */
public final class DanishHolidays {

    /** The year Store Bededag stopped being a public holiday. */
    public static final int STORE_BEDEDAG_ABOLISHED_FROM = 2024;

    private static final DanishHolidays INSTANCE = new DanishHolidays();

    private final Map<Integer, Map<LocalDate, String>> cache = new ConcurrentHashMap<>();

    private DanishHolidays() {
    }

    /** @return the shared instance */
    public static DanishHolidays instance() {
        return INSTANCE;
    }

    /**
     * Easter Sunday for a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
     *
     * @param year the year, 1583 or later
     * @return the date of Easter Sunday
     */
    public static LocalDate easterSunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("Gregorian Easter is defined from 1583, got " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * All non-working days of a year with their Danish names, sorted by date.
     *
     * @param year the year
     * @return an unmodifiable, date-ordered map from date to Danish name
     */
    public Map<LocalDate, String> holidays(int year) {
        return cache.computeIfAbsent(year, DanishHolidays::compute);
    }

    /**
     * @param date a date
     * @return true if the date is a Danish public holiday or customary non-working day listed above
     */
    public boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).containsKey(date);
    }

    /**
     * @param date a date
     * @return true if the date is Monday to Friday and not a holiday
     */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * @param year the year
     * @return the holiday dates of the year
     */
    public Set<LocalDate> dates(int year) {
        return holidays(year).keySet();
    }

    private static Map<LocalDate, String> compute(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> m = new TreeMap<>();
        m.put(LocalDate.of(year, Month.JANUARY, 1), "Nytårsdag");
        m.put(easter.minusDays(3), "Skærtorsdag");
        m.put(easter.minusDays(2), "Langfredag");
        m.put(easter, "Påskedag");
        m.put(easter.plusDays(1), "2. Påskedag");
        if (year < STORE_BEDEDAG_ABOLISHED_FROM) {
            m.put(easter.plusDays(26), "Store Bededag");
        }
        m.put(easter.plusDays(39), "Kristi Himmelfartsdag");
        m.put(easter.plusDays(49), "Pinsedag");
        m.put(easter.plusDays(50), "2. Pinsedag");
        m.put(LocalDate.of(year, Month.JUNE, 5), "Grundlovsdag");
        m.put(LocalDate.of(year, Month.DECEMBER, 24), "Juleaften");
        m.put(LocalDate.of(year, Month.DECEMBER, 25), "Juledag");
        m.put(LocalDate.of(year, Month.DECEMBER, 26), "2. Juledag");
        m.put(LocalDate.of(year, Month.DECEMBER, 31), "Nytårsaftensdag");
        return Collections.unmodifiableMap(m);
    }
}
