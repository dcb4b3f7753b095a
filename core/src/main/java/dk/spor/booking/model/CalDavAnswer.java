package dk.spor.booking.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CalDAV server's answer to a PUT or DELETE means for the outbox row: done, try again later, or refused for
 * good. A refusal that trying again cannot change (RFC 6638's {@code no-uid-conflict} when the person's mail client
 * already filed the invitation, invalid data, no permission on the calendar) is reported with its reason and not
 * retried, so one refused event does not keep the server busy forever. A server that is away, overloaded or asks for
 * other credentials (an operator can fix those) is tried again with the usual pause.
 */
public final class CalDavAnswer {

    /** What to do with the row. */
    public enum Kind { DONE, RETRY, REFUSED }

    /** The kind, and the reason to keep when it is not done. */
    public record Verdict(Kind kind, String reason) {
    }

    /** Preconditions of RFC 4791, RFC 6638 and RFC 4918 said as what they mean for a person's calendar. */
    private static final Map<String, String> PRECONDITIONS = Map.ofEntries(
            Map.entry("no-uid-conflict", "the calendar already holds an event with this UID (often the invitation"
                    + " the person's mail client filed): the booking is there already"),
            Map.entry("unique-scheduling-object-resource", "the calendar already holds an event with this UID (often"
                    + " the invitation the person's mail client filed): the booking is there already"),
            Map.entry("valid-calendar-data", "the server found the iCalendar data invalid"),
            Map.entry("valid-calendar-object-resource", "the server does not accept this kind of event"),
            Map.entry("supported-calendar-data", "the server does not take iCalendar 2.0 in this calendar"),
            Map.entry("supported-calendar-component", "this calendar takes no events (VEVENT)"),
            Map.entry("max-resource-size", "the event is larger than the server allows"),
            Map.entry("calendar-collection-location-ok", "a calendar cannot be made at this address"),
            Map.entry("need-privileges", "Spor's account may not write into the person's calendar"),
            Map.entry("valid-organizer", "the server does not accept Spor's organiser address"),
            Map.entry("same-organizer-in-all-components", "the server does not accept the event's organiser"),
            Map.entry("allowed-organizer-scheduling-object-change", "the server lets only the organiser's own"
                    + " calendar change this event"),
            Map.entry("allowed-attendee-scheduling-object-change", "the server does not let Spor change the"
                    + " person's copy of this event"));

    /** An element inside DAV:error, with or without a namespace prefix. */
    private static final Pattern ELEMENT = Pattern.compile("<(?:[A-Za-z][\\w.-]*:)?([A-Za-z][\\w-]*)[^>]*?/?>");

    private CalDavAnswer() {
    }

    /**
     * @param status    the HTTP status
     * @param body      the response body, maybe a DAV:error document, maybe empty
     * @param deleting  whether the request was a DELETE (a resource already gone is then done)
     */
    public static Verdict of(int status, String body, boolean deleting) {
        if (status >= 200 && status < 300 || deleting && (status == 404 || status == 410)) {
            return new Verdict(Kind.DONE, null);
        }
        String said = "the CalDAV server answered " + status;
        if (status >= 500 || status == 401 || status == 407 || status == 408 || status == 423 || status == 425
                || status == 429 || status < 200 || status >= 300 && status < 400) {
            return new Verdict(Kind.RETRY, said + (status == 401 || status == 407
                    ? " (check spor.caldav.username and password)" : ""));
        }
        List<String> reasons = preconditions(body == null ? "" : body);
        String why = reasons.isEmpty() ? switch (status) {
            case 403 -> "Spor may not write this event into the person's calendar";
            case 404, 409 -> "the person's calendar does not exist on the server and could not be made";
            case 412 -> "the event changed on the server in the meantime";
            case 413 -> "the event is larger than the server allows";
            case 415 -> "the server does not take iCalendar here";
            default -> "the server refused the event";
        } : String.join("; ", reasons);
        return new Verdict(Kind.REFUSED, said + ": " + why + "; it is not tried again");
    }

    private static List<String> preconditions(String body) {
        List<String> found = new ArrayList<>();
        int error = body.toLowerCase(Locale.ROOT).indexOf("error");
        if (error < 0) {
            return found;
        }
        Matcher m = ELEMENT.matcher(body);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String meaning = PRECONDITIONS.get(name);
            if (meaning != null && !found.contains(name + " (" + meaning + ")")) {
                found.add(name + " (" + meaning + ")");
            }
        }
        return found;
    }
}
