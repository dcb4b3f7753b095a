package dk.spor.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one VCALENDAR into busy periods for {@link BusyTimeReader}: its events expanded within the window (bounded by
 * the reader's {@link BusyTimeReader.Limits}), overrides and exclusions applied, and its FREEBUSY periods.
 */
final class CalendarReading {
    private final IcsText.Component calendar;
    private final TimeRange window;
    private final IcsText.Deadline deadline;
    private final BusyPeriods busy;
    private final BusyTimeReader.Limits limits;
    private final TimeZones zones;

    CalendarReading(IcsText.Component calendar, TimeRange window, IcsText.Deadline deadline, BusyPeriods busy,
                    BusyTimeReader.Limits limits) {
        this.limits = limits;
        this.calendar = calendar;
        this.window = window;
        this.deadline = deadline;
        this.busy = busy;
        ZoneId floating = calendar.value("X-WR-TIMEZONE").flatMap(TimeZones::known).orElse(Stamps.DAYS);
        List<IcsText.Component> vtimezones = new ArrayList<>();
        for (IcsText.Component c : calendar.children) {
            if (c.name.equals("VTIMEZONE")) {
                vtimezones.add(c);
            }
        }
        this.zones = new TimeZones(vtimezones, floating, deadline);
    }

    void read() {
        List<CalendarEvent> masters = new ArrayList<>();
        List<CalendarEvent> overrides = new ArrayList<>();
        for (IcsText.Component c : calendar.children) {
            deadline.check(c.line);
            if (c.name.equals("VEVENT")) {
                CalendarEvent e = event(c);
                if (e != null) {
                    (e.recurrenceId() == null ? masters : overrides).add(e);
                }
            } else if (c.name.equals("VFREEBUSY")) {
                freeBusy(c);
            }
        }
        Map<String, List<CalendarEvent>> byUid = new HashMap<>();
        for (CalendarEvent m : masters) {
            if (m.uid() != null) {
                byUid.computeIfAbsent(m.uid(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<CalendarEvent, Exclusions> replaced = new HashMap<>();
        for (CalendarEvent o : overrides) {
            List<CalendarEvent> of = o.uid() == null ? List.of() : byUid.getOrDefault(o.uid(), List.of());
            for (CalendarEvent m : of) {
                replaced.computeIfAbsent(m, k -> new Exclusions(m.start().isDate())).add(o.recurrenceId());
            }
            if (o.busy()) {
                CalendarEvent length = of.isEmpty() || o.ownLength() ? o : of.get(0);
                single(o, length);
            }
        }
        for (CalendarEvent m : masters) {
            if (m.busy()) {
                series(m, replaced.getOrDefault(m, new Exclusions(m.start().isDate())));
            }
        }
    }

    /** @return the event, or null when it has no DTSTART (and no RECURRENCE-ID to stand for it) */
    private CalendarEvent event(IcsText.Component c) {
        IcsText.Property rid = c.first("RECURRENCE-ID").orElse(null);
        Stamps.Stamp recurrenceId = rid == null ? null : stamp(rid, rid.value());
        IcsText.Property dtstart = c.first("DTSTART").orElse(null);
        Stamps.Stamp start = dtstart != null ? stamp(dtstart, dtstart.value()) : recurrenceId;
        if (start == null) {
            return null;
        }
        boolean busy = !c.value("TRANSP").orElse("").equalsIgnoreCase("TRANSPARENT")
                && !c.value("STATUS").orElse("").equalsIgnoreCase("CANCELLED")
                && !c.value("X-MICROSOFT-CDO-BUSYSTATUS").orElse("").equalsIgnoreCase("FREE");
        IcsText.Property dtend = c.first("DTEND").orElse(null);
        IcsText.Property duration = c.first("DURATION").orElse(null);
        int days = 1;
        Duration length = Duration.ZERO;
        if (dtend != null) {
            Stamps.Stamp end = stamp(dtend, dtend.value());
            if (start.isDate()) {
                days = (int) Math.max(1, start.date().until(end.day(), java.time.temporal.ChronoUnit.DAYS));
            } else {
                length = Duration.between(start.instant(), end.instant());
            }
        } else if (duration != null) {
            Duration d = Stamps.duration(duration.value(), duration.line());
            if (start.isDate()) {
                days = (int) Math.max(1, (d.toHours() + 23) / 24);
            } else {
                length = d;
            }
        }
        if (length.isNegative()) {
            length = Duration.ZERO;
        }
        String uid = c.value("UID").filter(u -> !u.isEmpty()).orElse(null);
        return new CalendarEvent(c, uid, start, days, length, recurrenceId, busy, dtend != null || duration != null);
    }

    /** One occurrence standing alone: an override, or an override whose series is not in the file. */
    private void single(CalendarEvent e, CalendarEvent lengthFrom) {
        add(e.start(), lengthFrom, e.component().line);
    }

    private void series(CalendarEvent m, Exclusions excluded) {
        int line = m.component().line;
        List<Occurrence> starts = new ArrayList<>();
        starts.add(new Occurrence(m.start(), null));
        for (IcsText.Property rule : m.component().all("RRULE")) {
            rule(m, rule, starts);
        }
        for (IcsText.Property rdate : m.component().all("RDATE")) {
            rdates(m, rdate, starts);
        }
        for (IcsText.Property exdate : m.component().all("EXDATE")) {
            for (String v : exdate.value().split(",")) {
                if (!v.isBlank()) {
                    excluded.add(stamp(exdate, v));
                }
            }
        }
        Set<Instant> seen = new HashSet<>();
        for (Occurrence o : starts) {
            if (excluded.excludes(o.start()) || !seen.add(o.start().instant())) {
                continue;
            }
            if (o.end() != null) {
                busy.add(o.start().instant(), o.end(), line);
            } else {
                add(o.start(), m, line);
            }
        }
    }

    private void add(Stamps.Stamp start, CalendarEvent lengthFrom, int line) {
        if (start.isDate()) {
            busy.add(start.instant(), start.date().plusDays(lengthFrom.days()).atStartOfDay(Stamps.DAYS)
                    .toInstant(), line);
        } else {
            Instant s = start.instant();
            busy.add(s, s.plus(lengthFrom.start().isDate() ? Duration.ofDays(lengthFrom.days())
                    : lengthFrom.length()), line);
        }
    }

    private void rule(CalendarEvent m, IcsText.Property property, List<Occurrence> out) {
        RecurrenceRule rule = RecurrenceRule.parse(property.value(), property.line());
        Stamps.Stamp start = m.start();
        int cap = limits.maxOccurrencesPerEvent();
        String what = "between " + LocalDate.ofInstant(window.start(), Stamps.DAYS) + " and "
                + LocalDate.ofInstant(window.end(), Stamps.DAYS) + " this event repeats";
        if (start.isDate()) {
            LocalDate from = LocalDate.ofInstant(window.start(), Stamps.DAYS).minusDays(m.days() + 1L);
            LocalDate to = LocalDate.ofInstant(window.end(), Stamps.DAYS).plusDays(1);
            if (rule.until() != null) {
                Stamps.Stamp until = stamp(property, rule.until());
                LocalDate last = until.isUtc() ? LocalDate.ofInstant(until.instant(), Stamps.DAYS) : until.day();
                to = last.isBefore(to) ? last : to;
            }
            Recurrences.expand(rule, start.date(), from, to, cap, deadline, property.line(),
                    d -> out.add(new Occurrence(new Stamps.Stamp(d, null, null), null)), what);
            return;
        }
        long margin = m.length().toDays() + 2;
        LocalDateTime from = LocalDateTime.ofInstant(window.start(), ZoneOffset.UTC).minusDays(margin);
        LocalDateTime to = LocalDateTime.ofInstant(window.end(), ZoneOffset.UTC).plusDays(2);
        Instant untilInstant = null;
        if (rule.until() != null) {
            Stamps.Stamp until = stamp(property, rule.until());
            LocalDateTime last;
            if (until.isDate()) {
                last = until.date().atTime(23, 59, 59);
            } else if (until.isUtc() && !start.isUtc()) {
                untilInstant = until.instant();
                last = LocalDateTime.ofInstant(untilInstant, ZoneOffset.UTC).plusDays(1);
            } else {
                last = until.wall();
            }
            to = last.isBefore(to) ? last : to;
        }
        Instant cutoff = untilInstant;
        TimeZones.Zone zone = start.zone();
        Recurrences.expand(rule, start.wall(), from, to, cap, deadline, property.line(), w -> {
            Stamps.Stamp s = new Stamps.Stamp(null, w, zone);
            if (cutoff == null || !s.instant().isAfter(cutoff)) {
                out.add(new Occurrence(s, null));
            }
        }, what);
    }

    private void rdates(CalendarEvent m, IcsText.Property rdate, List<Occurrence> out) {
        boolean periods = rdate.param("VALUE").map(v -> v.equalsIgnoreCase("PERIOD")).orElse(false);
        for (String v : rdate.value().split(",")) {
            if (v.isBlank()) {
                continue;
            }
            int slash = v.indexOf('/');
            if (periods || slash > 0) {
                Stamps.Stamp s = stamp(rdate, v.substring(0, slash < 0 ? v.length() : slash));
                Instant end = slash < 0 ? null : periodEnd(rdate, s, v.substring(slash + 1));
                out.add(new Occurrence(s, end));
            } else {
                Stamps.Stamp s = stamp(rdate, v);
                if (m.start().isDate() && !s.isDate()) {
                    s = new Stamps.Stamp(s.day(), null, null);
                } else if (!m.start().isDate() && s.isDate()) {
                    s = new Stamps.Stamp(null, s.date().atTime(m.start().wall().toLocalTime()), m.start().zone());
                }
                out.add(new Occurrence(s, null));
            }
        }
    }

    private Instant periodEnd(IcsText.Property p, Stamps.Stamp start, String end) {
        String e = end.strip();
        if (e.startsWith("P") || e.startsWith("+P") || e.startsWith("-P")) {
            return start.instant().plus(Stamps.duration(e, p.line()));
        }
        return stamp(p, e).instant();
    }

    private void freeBusy(IcsText.Component c) {
        for (IcsText.Property fb : c.all("FREEBUSY")) {
            if (fb.param("FBTYPE").orElse("BUSY").equalsIgnoreCase("FREE")) {
                continue;
            }
            for (String period : fb.value().split(",")) {
                if (period.isBlank()) {
                    continue;
                }
                int slash = period.indexOf('/');
                Stamps.Stamp start = stamp(fb, slash < 0 ? period : period.substring(0, slash));
                Instant end;
                if (slash >= 0) {
                    end = periodEnd(fb, start, period.substring(slash + 1));
                } else if (start.isDate()) {
                    end = start.date().plusDays(1).atStartOfDay(Stamps.DAYS).toInstant();
                } else {
                    throw new IcsFormatException(fb.line(), "the busy period \"" + period.strip() + "\" has no"
                            + " end; write it as start/end or start/duration", null);
                }
                busy.add(start.instant(), end, fb.line());
            }
        }
    }

    /** A value of a property, in the property's TZID (asked for only when the value is a wall time). */
    private Stamps.Stamp stamp(IcsText.Property p, String value) {
        Optional<String> tzid = p.param("TZID").filter(t -> !t.isBlank());
        Supplier<TimeZones.Zone> zone = tzid.isPresent()
                ? () -> zones.resolve(tzid.get(), p.line()) : zones::floating;
        boolean date = p.param("VALUE").map(v -> v.equalsIgnoreCase("DATE")).orElse(false);
        return Stamps.parse(value, p.line(), zone, date);
    }

    /** A start, with its own end for an RDATE period (else null: the event's length). */
    private record Occurrence(Stamps.Stamp start, Instant end) {
    }
}
