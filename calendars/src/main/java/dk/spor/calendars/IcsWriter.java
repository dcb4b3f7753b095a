package dk.spor.calendars;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Renders {@link CalendarEntry} values as an iCalendar (RFC 5545) document with iCal4j.
 *
 * <p>Times are written in UTC ({@code DTSTART:...Z}), which avoids shipping a VTIMEZONE at all;
 * DTSTAMP comes from the injected clock, every event carries SEQUENCE and a 15-minute DISPLAY
 * reminder, and cancelled entries get STATUS:CANCELLED. Line folding at 75 octets and text
 * escaping are done by iCal4j's outputter; folding is done here
 * at 75 octets of UTF-8 (iCal4j folds at 75 characters). Note that iCal4j's parser drops
 * trailing spaces of a text value.
 */
public final class IcsWriter {

    /** Product identifier written to every calendar. */
    public static final String PRODID = "-//Spor//Spor//DA";

    /** iTIP method of the calendar object. */
    public enum Method {
        /** Invitation or update. */
        REQUEST,
        /** Cancellation. */
        CANCEL,
        /** Subscription feed. */
        PUBLISH
    }

    private final Clock clock;
    private final Duration reminder;

    /**
     * @param clock    source of DTSTAMP
     * @param reminder how long before start the reminder fires
     */
    public IcsWriter(Clock clock, Duration reminder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reminder = Objects.requireNonNull(reminder, "reminder");
    }

    /** @param clock source of DTSTAMP; the reminder is 15 minutes before start */
    public IcsWriter(Clock clock) {
        this(clock, Duration.ofMinutes(15));
    }

    /**
     * @param method  the iTIP method
     * @param entries the events
     * @return the iCalendar text with CRLF line endings
     */
    public String write(Method method, List<CalendarEntry> entries) {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODID));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(switch (method) {
            case REQUEST -> ImmutableMethod.REQUEST;
            case CANCEL -> ImmutableMethod.CANCEL;
            case PUBLISH -> ImmutableMethod.PUBLISH;
        });
        for (CalendarEntry e : entries) {
            cal.add(event(e, method));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(cal, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return fold(out.toString());
    }

    /**
     * Folds content lines at 75 octets of UTF-8 (RFC 5545 section 3.1), never inside a character.
     * iCal4j folds by characters, which is too long for lines with æøå.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + n > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = 74;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private VEvent event(CalendarEntry e, Method method) {
        VEvent ev = new VEvent(e.start(), e.end(), e.summary());
        ev.add(new Uid(e.uid()));
        ev.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        ev.add(new Sequence(e.sequence()));
        if (e.description() != null) {
            ev.add(new Description(e.description()));
        }
        if (e.location() != null) {
            ev.add(new Location(e.location()));
        }
        if (e.organizerEmail() != null) {
            Organizer org = new Organizer(URI.create("mailto:" + e.organizerEmail()));
            if (e.organizerName() != null) {
                org.add(new Cn(e.organizerName()));
            }
            ev.add(org);
        }
        for (CalendarEntry.Person p : e.attendees()) {
            Attendee a = new Attendee(URI.create("mailto:" + p.email()));
            if (p.name() != null) {
                a.add(new Cn(p.name()));
            }
            ev.add(a);
        }
        boolean cancelled = method == Method.CANCEL || e.status() == CalendarEntry.Status.CANCELLED;
        ev.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED
                : e.status() == CalendarEntry.Status.TENTATIVE ? ImmutableStatus.VEVENT_TENTATIVE
                : ImmutableStatus.VEVENT_CONFIRMED);
        if (!cancelled) {
            VAlarm alarm = new VAlarm(reminder.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(e.summary()));
            ev.add(alarm);
        }
        return ev;
    }
}
