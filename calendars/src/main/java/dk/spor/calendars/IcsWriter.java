package dk.spor.calendars;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Renders {@link CalendarEntry} values as iCalendar (RFC 5545) text: invitations and cancellations as iTIP messages
 * (RFC 5546, sent by e-mail as iMIP, RFC 6047) and the personal subscription feed.
 *
 * <p>What each kind of text carries:
 * <ul>
 *   <li><b>REQUEST</b> ({@link #write(Method, List)}, {@link #invitation(CalendarEntry)}): ORGANIZER with CN, and every
 *   participant as {@code ATTENDEE;CN=…;ROLE=…;PARTSTAT=NEEDS-ACTION;RSVP=TRUE}. An entry that is already cancelled
 *   asks for no answer ({@code RSVP=FALSE}); {@link #invitation(CalendarEntry)} sends it as a CANCEL instead.</li>
 *   <li><b>CANCEL</b>: STATUS:CANCELLED, the entry's SEQUENCE, ORGANIZER and every attendee with CN and ROLE (Google
 *   ignores a cancellation that lists no attendees). {@link #uninvite(CalendarEntry, List)} removes some people from
 *   an event that goes on: it lists only them and, as RFC 5546 section 3.2.5 asks, carries no STATUS.</li>
 *   <li><b>PUBLISH</b> ({@link #feed(String, Duration, List)}): never any ATTENDEE, because a feed is read through an
 *   address that carries its own secret and no login, and must not hand out colleagues' e-mail addresses; it names
 *   itself ({@code NAME}, {@code X-WR-CALNAME}) and asks to be re-read ({@code REFRESH-INTERVAL}, RFC 7986, and
 *   {@code X-PUBLISHED-TTL} for Outlook).</li>
 * </ul>
 *
 * <p>Times are written in UTC ({@code DTSTART:...Z}), which avoids shipping a VTIMEZONE at all; DTSTAMP comes from the
 * injected clock; every event carries SEQUENCE, and every event that is not cancelled a DISPLAY reminder. Text values
 * are escaped by iCal4j, parameter values such as CN are quoted when they hold {@code , ; :} or non-ASCII and a double
 * quote inside them is written as {@code ^'} (RFC 6868). Lines are folded here, exactly once, at 75 octets of UTF-8 and
 * never inside a character (iCal4j's own outputter folds at 75 <i>characters</i>, which is too long for æøå). Note that
 * iCal4j's parser drops trailing spaces of a text value.
 */
public final class IcsWriter {

    /** Product identifier written to every calendar. */
    public static final String PRODID = "-//Spor//Spor//DA";

    /** How often a subscribed feed asks to be re-read unless the caller says otherwise. */
    public static final Duration DEFAULT_REFRESH = Duration.ofHours(1);

    /** iTIP method of the calendar object. */
    public enum Method {
        /** Invitation or update. */
        REQUEST,
        /** Cancellation. */
        CANCEL,
        /** Subscription feed. */
        PUBLISH
    }

    /**
     * One iTIP message, ready to attach to an e-mail.
     *
     * @param method the method written in the text
     * @param ics    the iCalendar text with CRLF line endings
     */
    public record Invitation(Method method, String ics) {

        /** @return the MIME type of the attachment, whose method parameter must match the text (RFC 6047) */
        public String contentType() {
            return "text/calendar; charset=UTF-8; method=" + method.name();
        }
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
     * Writes entries under one method. REQUEST and CANCEL need an organiser on every entry (clients ignore an
     * invitation without one); PUBLISH writes no attendees whatever the entries hold.
     *
     * @param method  the iTIP method
     * @param entries the events
     * @return the iCalendar text with CRLF line endings
     * @throws IllegalArgumentException when a REQUEST or CANCEL entry has no organiser e-mail
     */
    public String write(Method method, List<CalendarEntry> entries) {
        Calendar cal = calendar(method);
        for (CalendarEntry e : entries) {
            cal.add(event(e, method, method == Method.PUBLISH ? List.of() : e.attendees(), true));
        }
        return render(cal);
    }

    /**
     * The message to send an entry's attendees now: a REQUEST while the entry stands, a CANCEL once it is cancelled
     * (RFC 5546 has no cancelled state inside a REQUEST).
     *
     * @param entry the event in its current state
     * @return the method and the text
     */
    public Invitation invitation(CalendarEntry entry) {
        Method method = entry.status() == CalendarEntry.Status.CANCELLED ? Method.CANCEL : Method.REQUEST;
        return new Invitation(method, write(method, List.of(entry)));
    }

    /**
     * A CANCEL for people taken off an event that itself goes on: it lists only them as attendees and carries no
     * STATUS (RFC 5546 section 3.2.5). Send it to those people only; the others get the updated REQUEST.
     *
     * @param entry   the event as it now is, with its raised SEQUENCE
     * @param removed the people taken off it
     * @return the iCalendar text with CRLF line endings
     * @throws IllegalArgumentException when nobody is removed or the entry has no organiser e-mail
     */
    public String uninvite(CalendarEntry entry, List<CalendarEntry.Person> removed) {
        if (removed.isEmpty()) {
            throw new IllegalArgumentException("an uninvitation needs at least one removed person");
        }
        Calendar cal = calendar(Method.CANCEL);
        cal.add(event(entry, Method.CANCEL, removed, false));
        return render(cal);
    }

    /**
     * The personal subscription feed, re-read every hour: METHOD:PUBLISH, named, and without any ATTENDEE.
     *
     * @param calendarName the name a calendar client shows for the subscription
     * @param entries      the events; their attendees are not written
     * @return the iCalendar text with CRLF line endings
     */
    public String feed(String calendarName, List<CalendarEntry> entries) {
        return feed(calendarName, DEFAULT_REFRESH, entries);
    }

    /**
     * The personal subscription feed: METHOD:PUBLISH with {@code NAME} and {@code X-WR-CALNAME},
     * {@code REFRESH-INTERVAL;VALUE=DURATION} and {@code X-PUBLISHED-TTL}, and without any ATTENDEE.
     *
     * @param calendarName    the name a calendar client shows for the subscription
     * @param refreshInterval how often clients should re-read the feed, at least a minute
     * @param entries         the events; their attendees are not written
     * @return the iCalendar text with CRLF line endings
     */
    public String feed(String calendarName, Duration refreshInterval, List<CalendarEntry> entries) {
        Objects.requireNonNull(calendarName, "calendarName");
        if (refreshInterval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("refresh interval must be at least a minute: " + refreshInterval);
        }
        String name = text(calendarName);
        String interval = refreshInterval.truncatedTo(ChronoUnit.SECONDS).toString();
        Calendar cal = calendar(Method.PUBLISH);
        cal.add(new Name(name));
        cal.add(new XProperty("X-WR-CALNAME", name));
        cal.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refreshInterval));
        cal.add(new XProperty("X-PUBLISHED-TTL", interval));
        for (CalendarEntry e : entries) {
            cal.add(event(e, Method.PUBLISH, List.of(), true));
        }
        return render(cal);
    }

    private static Calendar calendar(Method method) {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODID));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(switch (method) {
            case REQUEST -> ImmutableMethod.REQUEST;
            case CANCEL -> ImmutableMethod.CANCEL;
            case PUBLISH -> ImmutableMethod.PUBLISH;
        });
        return cal;
    }

    private static String render(Calendar cal) {
        // Calendar.toString() writes content lines unfolded; fold() undoes any folding before folding once
        return ContentLines.fold(cal.toString());
    }

    private VEvent event(CalendarEntry e, Method method, List<CalendarEntry.Person> attendees, boolean withStatus) {
        VEvent ev = new VEvent(e.start(), e.end(), text(e.summary()));
        ev.add(new Uid(e.uid()));
        ev.replace(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        ev.add(new Sequence(e.sequence()));
        if (e.description() != null) {
            ev.add(new Description(text(e.description())));
        }
        if (e.location() != null) {
            ev.add(new Location(text(e.location())));
        }
        if (method != Method.PUBLISH && e.organizerEmail() == null) {
            throw new IllegalArgumentException(method + " needs an organiser e-mail: " + e.uid());
        }
        if (e.organizerEmail() != null) {
            Organizer org = new Organizer(mailto(e.organizerEmail()));
            if (e.organizerName() != null) {
                org.add(new Cn(displayName(e.organizerName())));
            }
            ev.add(org);
        }
        boolean cancelled = method == Method.CANCEL || e.status() == CalendarEntry.Status.CANCELLED;
        for (CalendarEntry.Person p : attendees) {
            ev.add(attendee(p, method, cancelled));
        }
        if (withStatus) {
            ev.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED
                    : e.status() == CalendarEntry.Status.TENTATIVE ? ImmutableStatus.VEVENT_TENTATIVE
                    : ImmutableStatus.VEVENT_CONFIRMED);
        }
        if (!cancelled) {
            VAlarm alarm = new VAlarm(reminder.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(text(e.summary())));
            ev.add(alarm);
        }
        return ev;
    }

    private static Attendee attendee(CalendarEntry.Person p, Method method, boolean cancelled) {
        Attendee a = new Attendee(mailto(p.email()));
        if (p.name() != null) {
            a.add(new Cn(displayName(p.name())));
        }
        a.add(new Role(p.role().value()));
        if (method == Method.REQUEST) {
            a.add(PartStat.NEEDS_ACTION);
            // a cancelled event inside a REQUEST asks for no answer
            a.add(cancelled ? Rsvp.FALSE : Rsvp.TRUE);
        }
        return a;
    }

    private static URI mailto(String email) {
        String address = email.strip();
        if (address.isEmpty() || address.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
        return URI.create("mailto:" + address);
    }

    /** Text for a TEXT value: one line-break form only, so that nothing but iCal4j's escaped "\n" reaches the line. */
    private static String text(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A display name for a parameter value: on one line (RFC 6868 could carry a newline, but no client shows it). */
    private static String displayName(String s) {
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').strip();
    }
}
