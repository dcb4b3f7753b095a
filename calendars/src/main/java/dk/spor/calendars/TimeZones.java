package dk.spor.calendars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the time zone a TZID names, in this order: an IANA zone id (also behind a prefix such as
 * {@code /mozilla.org/20070129_1/Europe/Copenhagen}), a Windows zone name or Outlook display name ("Romance Standard
 * Time", "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", also as {@code tzone://Microsoft/Utc}) by the Unicode
 * CLDR mapping, and last the file's own
 * VTIMEZONE of that TZID (Outlook's "Customized Time Zone"). The IANA rules win over a VTIMEZONE of a known name
 * because they hold the zone's whole history, while Outlook's VTIMEZONE holds only today's rule.
 */
final class TimeZones {

    /** Turns a wall time into an instant. */
    interface Zone {
        Instant instant(LocalDateTime wall);
    }

    /** UTC, for values written with Z. */
    static final Zone UTC = wall -> wall.toInstant(ZoneOffset.UTC);

    private static final Map<String, String> WINDOWS = loadWindowsNames();

    private final Map<String, IcsText.Component> definitions = new HashMap<>();
    private final Map<String, Zone> resolved = new HashMap<>();
    private final Zone floating;
    private final IcsText.Deadline deadline;

    /**
     * @param vtimezones the file's VTIMEZONE components
     * @param floating   zone of wall times without TZID
     * @param deadline   the file's time budget
     */
    TimeZones(List<IcsText.Component> vtimezones, ZoneId floating, IcsText.Deadline deadline) {
        for (IcsText.Component tz : vtimezones) {
            tz.value("TZID").ifPresent(id -> definitions.putIfAbsent(id, tz));
        }
        this.floating = of(floating);
        this.deadline = deadline;
    }

    static Zone of(ZoneId zone) {
        return wall -> wall.atZone(zone).toInstant();
    }

    /** @return the zone of wall times written without TZID */
    Zone floating() {
        return floating;
    }

    /**
     * @param tzid the TZID parameter value
     * @param line the line that uses it, for the error
     * @return the zone
     * @throws IcsFormatException when the name is not known and the file does not define it
     */
    Zone resolve(String tzid, int line) {
        Zone zone = resolved.get(tzid);
        if (zone == null) {
            zone = known(tzid).map(TimeZones::of).orElse(null);
            if (zone == null && definitions.containsKey(tzid)) {
                zone = new Defined(definitions.get(tzid), deadline);
            }
            if (zone == null) {
                throw new IcsFormatException(line, "the time zone \"" + tzid + "\" is not a zone name Spor knows, and"
                        + " the file does not define it (it has no VTIMEZONE with TZID:" + tzid + "). Export the"
                        + " calendar again with its time zone definitions, or choose a standard time zone such as"
                        + " Europe/Copenhagen for these events", null);
            }
            resolved.put(tzid, zone);
        }
        return zone;
    }

    /**
     * @param tzid a TZID or X-WR-TIMEZONE value
     * @return the IANA zone it names, directly, behind a prefix, or as a Windows or Outlook display name
     */
    static Optional<ZoneId> known(String tzid) {
        String id = tzid.strip();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneId> direct = zoneId(id);
        if (direct.isPresent()) {
            return direct;
        }
        String windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return zoneId(windows);
        }
        // "/mozilla.org/20070129_1/Europe/Copenhagen", "/citadel.org/20190914_1/Europe/Copenhagen"
        for (int i = id.indexOf('/'); i >= 0; i = id.indexOf('/', i + 1)) {
            String rest = id.substring(i + 1);
            if (rest.indexOf('/') > 0) {
                Optional<ZoneId> z = zoneId(rest);
                if (z.isPresent()) {
                    return z;
                }
            }
        }
        // "tzone://Microsoft/Utc", "tzone://Microsoft/Romance Standard Time" (Exchange)
        String last = WINDOWS.get(id.substring(id.lastIndexOf('/') + 1).strip().toLowerCase(Locale.ROOT));
        return last == null ? Optional.empty() : zoneId(last);
    }

    private static Optional<ZoneId> zoneId(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> loadWindowsNames() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = TimeZones.class.getResourceAsStream("windows-zones.txt")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.txt is missing from the calendar engine");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.lastIndexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    map.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    /**
     * A zone defined by the file's VTIMEZONE: the offset at a wall time is the TZOFFSETTO of the latest onset
     * (STANDARD or DAYLIGHT DTSTART, RRULE, RDATE) at or before it.
     */
    static final class Defined implements Zone {

        private record Onset(LocalDateTime at, ZoneOffset to) {
        }

        private record Observance(int line, LocalDateTime start, ZoneOffset from, ZoneOffset to, String rule,
                                  List<LocalDateTime> dates) {
        }

        /** More onsets in two years than this is not a time zone. */
        private static final int MAX_ONSETS = 200;

        private final List<Observance> observances = new ArrayList<>();
        private final Map<Integer, List<Onset>> byYear = new HashMap<>();
        private final IcsText.Deadline deadline;
        private final int line;

        Defined(IcsText.Component vtimezone, IcsText.Deadline deadline) {
            this.deadline = deadline;
            this.line = vtimezone.line;
            for (IcsText.Component o : vtimezone.children) {
                if (!o.name.equals("STANDARD") && !o.name.equals("DAYLIGHT")) {
                    continue;
                }
                IcsText.Property start = o.first("DTSTART").orElse(null);
                IcsText.Property from = o.first("TZOFFSETFROM").orElse(null);
                IcsText.Property to = o.first("TZOFFSETTO").orElse(null);
                if (start == null || to == null) {
                    continue;
                }
                ZoneOffset toOffset = offset(to);
                List<LocalDateTime> dates = new ArrayList<>();
                for (IcsText.Property rdate : o.all("RDATE")) {
                    for (String v : rdate.value().split(",")) {
                        dates.add(wall(v, rdate.line()));
                    }
                }
                observances.add(new Observance(start.line(), wall(start.value(), start.line()),
                        from == null ? toOffset : offset(from), toOffset,
                        o.first("RRULE").map(IcsText.Property::value).orElse(null), dates));
            }
            if (observances.isEmpty()) {
                throw new IcsFormatException(line, "the time zone defined here has no STANDARD or DAYLIGHT part with"
                        + " DTSTART and TZOFFSETTO, so its times cannot be placed; export the calendar again", null);
            }
        }

        @Override
        public Instant instant(LocalDateTime wall) {
            Onset latest = null;
            for (int year = wall.getYear(); year >= wall.getYear() - 1 && latest == null; year--) {
                for (Onset o : onsets(year)) {
                    if (!o.at().isAfter(wall)) {
                        latest = o;
                    }
                }
            }
            if (latest == null) {
                Observance first = observances.stream().min(Comparator.comparing(Observance::start)).orElseThrow();
                return wall.toInstant(wall.isBefore(first.start()) ? first.from() : first.to());
            }
            return wall.toInstant(latest.to());
        }

        private List<Onset> onsets(int year) {
            return byYear.computeIfAbsent(year, y -> {
                LocalDateTime from = LocalDateTime.of(y, 1, 1, 0, 0);
                LocalDateTime to = from.plusYears(1);
                List<Onset> out = new ArrayList<>();
                for (Observance o : observances) {
                    if (!o.start().isBefore(from) && o.start().isBefore(to)) {
                        out.add(new Onset(o.start(), o.to()));
                    }
                    for (LocalDateTime d : o.dates()) {
                        if (!d.isBefore(from) && d.isBefore(to)) {
                            out.add(new Onset(d, o.to()));
                        }
                    }
                    if (o.rule() != null && o.start().isBefore(to)) {
                        for (LocalDateTime d : rule(o, from, to)) {
                            out.add(new Onset(d, o.to()));
                        }
                    }
                }
                out.sort(Comparator.comparing(Onset::at));
                return out;
            });
        }

        private List<LocalDateTime> rule(Observance o, LocalDateTime from, LocalDateTime to) {
            RecurrenceRule rule = RecurrenceRule.parse(o.rule(), o.line());
            LocalDateTime end = rule.until() == null ? to : min(to, wall(rule.until(), o.line()));
            List<LocalDateTime> out = new ArrayList<>();
            if (end.isBefore(from)) {
                return out;
            }
            Recurrences.expand(rule, o.start(), from, end, MAX_ONSETS, deadline, o.line(), out::add,
                    "in " + from.getYear() + " the time zone defined on line " + line + " changes its offset");
            return out;
        }

        private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
            return a.isBefore(b) ? a : b;
        }

        private static ZoneOffset offset(IcsText.Property p) {
            try {
                return ZoneOffset.of(p.value().strip());
            } catch (DateTimeException e) {
                throw new IcsFormatException(p.line(), "the time zone offset \"" + p.value().strip() + "\" is not of"
                        + " the form +0100 or -0500", e);
            }
        }

        private static LocalDateTime wall(String value, int line) {
            // onsets are wall times; Google has been seen writing them with Z, which only a wall time makes sense of
            String v = value.strip();
            if (v.endsWith("Z") || v.endsWith("z")) {
                v = v.substring(0, v.length() - 1);
            }
            Stamps.Stamp s = Stamps.parse(v, line, () -> UTC, false);
            return s.isDate() ? s.date().atStartOfDay() : s.wall();
        }
    }
}
