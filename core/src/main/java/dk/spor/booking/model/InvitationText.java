package dk.spor.booking.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The human part of an invitation mail — what, when and where, in Danish first — as plain text and as HTML, and its
 * subject. Calendar clients show this text beside the event, and work calendars are often readable by colleagues:
 * it names the team and the support person, and says that the learning goals are in Spor under "Mit forløb", but it
 * never holds the goals, a profile or anything else about the person.
 */
public final class InvitationText {

    /** Times are always said in Danish time, whatever the reader's calendar is set to. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", DANISH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private InvitationText() {
    }

    /** Which message this is to the person it goes to. */
    public enum Kind {
        /** The first invitation they get to this booking (or the first after it was cancelled for them). */
        INVITED,
        /** An update of an invitation they already have. */
        CHANGED,
        /** The booking is cancelled. */
        CANCELLED,
        /** The booking goes on without them. */
        UNINVITED;

        /**
         * @param method           what the outbox row sends
         * @param bookingCancelled whether the booking itself is cancelled
         * @param lastSentMethod   what last reached the person for this booking on this channel, or null for nothing
         */
        public static Kind of(InvitationMethod method, boolean bookingCancelled, InvitationMethod lastSentMethod) {
            if (method == InvitationMethod.CANCEL) {
                return bookingCancelled ? CANCELLED : UNINVITED;
            }
            return lastSentMethod == InvitationMethod.REQUEST ? CHANGED : INVITED;
        }
    }

    /**
     * What the text says.
     *
     * @param kind            which message
     * @param programme       the programme's name
     * @param afterModule     the module the block follows
     * @param start           start
     * @param end             end
     * @param place           where: a room, an address or an online meeting link
     * @param team            the team's (unit's) name
     * @param supportPerson   the support person's name, or null when the block has none
     * @param toSupportPerson whether the mail goes to the support person
     * @param myProgrammeUrl  the address of "Mit forløb" in Spor, or null when Spor's public address is not set
     */
    public record Facts(Kind kind, String programme, int afterModule, Instant start, Instant end, String place,
                        String team, String supportPerson, boolean toSupportPerson, String myProgrammeUrl) {
        public Facts {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(team, "team");
        }
    }

    /** The subject, the plain text and the same as HTML. */
    public record Text(String subject, String plain, String html) {
    }

    /** The event's title in the calendar. */
    public static String summary(String programme) {
        return "Aktionslæring: " + programme;
    }

    /** Where a block is when HR named no place: the team's own workplace, where it tries use cases in daily work. */
    public static String defaultPlace(String team) {
        return team + " – jeres egen arbejdsplads";
    }

    /** The event's description: the same for every attendee, with no goals in it (calendars are shared). */
    public static String description(int afterModule) {
        return "Beskyttet arbejdstid til at afprøve brugsscenarier i hverdagen, sammen med dit team og en"
                + " støtteperson (efter modul " + afterModule + "). Dine læringsmål fra modul " + afterModule
                + " finder du i Spor under Mit forløb.";
    }

    /** Whether a place is an online meeting link rather than a room. */
    public static boolean online(String place) {
        String p = place.strip().toLowerCase(Locale.ROOT);
        return p.startsWith("https://") || p.startsWith("http://");
    }

    /** "tirsdag den 3. marts 2026 kl. 9.00–10.30" in Danish time; a block across midnight names both days. */
    public static String when(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(ZONE);
        ZonedDateTime e = end.atZone(ZONE);
        String to = s.toLocalDate().equals(e.toLocalDate()) ? TIME.format(e) : DAY.format(e) + " kl. " + TIME.format(e);
        return DAY.format(s) + " kl. " + TIME.format(s) + "–" + to;
    }

    public static Text of(Facts f) {
        ZonedDateTime start = f.start().atZone(ZONE);
        String title = summary(f.programme());
        String shortWhen = SHORT_DAY.format(start) + " kl. " + TIME.format(start);
        String subject = switch (f.kind()) {
            case INVITED -> title + ", " + shortWhen;
            case CHANGED -> "Ændret: " + title + ", " + shortWhen;
            case CANCELLED, UNINVITED -> "Aflyst: " + title + ", " + shortWhen;
        };
        String when = when(f.start(), f.end());
        String lead = switch (f.kind()) {
            case INVITED -> "Du er booket til aktionslæring i forløbet »" + f.programme() + "«, efter modul "
                    + f.afterModule() + ".";
            case CHANGED -> "Din aktionslæring i forløbet »" + f.programme() + "« er ændret. Sådan er den nu:";
            case CANCELLED -> "Aktionslæringen i forløbet »" + f.programme() + "« " + when + " er aflyst. Aftalen"
                    + " fjernes fra din kalender; du skal ikke gøre noget.";
            case UNINVITED -> "Du er ikke længere med i aktionslæringen i forløbet »" + f.programme() + "« " + when
                    + ". Aftalen fjernes fra din kalender; du skal ikke gøre noget.";
        };
        boolean standing = f.kind() == Kind.INVITED || f.kind() == Kind.CHANGED;
        String whereLabel = online(f.place()) ? "Online" : "Hvor";
        String support = f.toSupportPerson() ? "dig (du er teamets støtteperson)"
                : f.supportPerson() == null ? null : f.supportPerson();
        String goals = "Dine læringsmål finder du i Spor under »Mit forløb«"
                + (f.myProgrammeUrl() == null ? "." : ": " + f.myProgrammeUrl());
        String answer = "Svar med Accepter eller Afvis i din kalender. Kan du ikke, så meld afbud: du kan vælge en"
                + " anden tid under »Mit forløb«.";
        String english = "In English: " + switch (f.kind()) {
            case INVITED, CHANGED -> (f.kind() == Kind.CHANGED ? "changed – " : "") + "action learning in \""
                    + f.programme() + "\", " + ENGLISH_DAY.format(start) + ", " + ENGLISH_TIME.format(start) + "–"
                    + ENGLISH_TIME.format(f.end().atZone(ZONE)) + " Copenhagen time, " + f.place()
                    + ". Your learning goals are in Spor under \"Mit forløb\" (My programme).";
            case CANCELLED -> "the action learning in \"" + f.programme() + "\" on " + ENGLISH_DAY.format(start)
                    + " is cancelled.";
            case UNINVITED -> "you are no longer in the action learning in \"" + f.programme() + "\" on "
                    + ENGLISH_DAY.format(start) + ".";
        };

        StringBuilder plain = new StringBuilder(lead).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject)).append("</title></head><body>\n<p>").append(escape(lead)).append("</p>\n");
        if (standing) {
            html.append("<table>\n");
            row(plain, html, "Hvad", "Aktionslæring – beskyttet arbejdstid til at afprøve brugsscenarier i"
                    + " hverdagen sammen med dit team", false);
            row(plain, html, "Hvornår", when + " (dansk tid)", false);
            row(plain, html, whereLabel, f.place().strip(), online(f.place()));
            row(plain, html, "Team", f.team(), false);
            if (support != null) {
                row(plain, html, "Støtteperson", support, false);
            }
            html.append("</table>\n");
            plain.append("\n").append(goals).append("\n\n").append(answer).append("\n");
            html.append("<p>").append(escape("Dine læringsmål finder du i Spor under »Mit forløb«"));
            if (f.myProgrammeUrl() == null) {
                html.append(".");
            } else {
                html.append(": <a href=\"").append(escape(f.myProgrammeUrl())).append("\">")
                        .append(escape(f.myProgrammeUrl())).append("</a>");
            }
            html.append("</p>\n<p>").append(escape(answer)).append("</p>\n");
        }
        plain.append("\n").append(english).append("\n\n-- \nSendt af Spor, fordi du er med i et forløb.\n");
        html.append("<p lang=\"en\">").append(escape(english)).append("</p>\n<p>-- <br>")
                .append(escape("Sendt af Spor, fordi du er med i et forløb.")).append("</p>\n</body></html>\n");
        return new Text(subject, plain.toString(), html.toString());
    }

    private static void row(StringBuilder plain, StringBuilder html, String label, String value, boolean link) {
        plain.append(label).append(": ").append(value).append("\n");
        html.append("<tr><th scope=\"row\" style=\"text-align:left;padding-right:1em\">").append(escape(label))
                .append("</th><td>");
        if (link) {
            html.append("<a href=\"").append(escape(value)).append("\">").append(escape(value)).append("</a>");
        } else {
            html.append(escape(value));
        }
        html.append("</td></tr>\n");
    }

    /** The text as HTML text: the five characters HTML gives a meaning escaped. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
