package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.OrganizerAddress;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * How calendars reach people, as the operator configured it, checked when the server starts so that a setting that
 * would make invitations go nowhere stops the server with one sentence saying what to set:
 * <ul>
 *   <li>{@code spor.calendar.organizer} — the ORGANIZER of every invitation and the sender of invitation mails; answers
 *       go there, so it must be a real mailbox ({@link OrganizerAddress}), the one {@code spor.calendar.replies.*}
 *       reads. Without it {@code spor.mail.from} is used. Required when Spor sends by mail or CalDAV.</li>
 *   <li>{@code spor.calendar.default-channel} — MAIL, FEED or CALDAV: how people who chose nothing receive their
 *       calendar. CALDAV needs {@code spor.caldav.base-url}.</li>
 *   <li>{@code spor.public-url} — where people open Spor: the feed's address and the "Mit forløb" link are made from
 *       it, never from a request's Host header.</li>
 * </ul>
 */
@Context
@Singleton
public class CalendarSettings {

    private final String organizer;
    private final DeliveryChannel defaultChannel;
    private final boolean caldav;
    private final Optional<URI> publicUrl;

    public CalendarSettings(@Value("${spor.calendar.organizer:}") String organizer,
                            @Value("${spor.mail.from:}") String mailFrom,
                            @Value("${spor.mail.host:}") String mailHost,
                            @Value("${spor.caldav.base-url:}") String caldavBase,
                            @Value("${spor.calendar.default-channel:MAIL}") String defaultChannel,
                            @Value("${spor.public-url:}") String publicUrl) {
        this.caldav = !caldavBase.isBlank();
        this.defaultChannel = channel(defaultChannel);
        if (this.defaultChannel == DeliveryChannel.CALDAV && !caldav) {
            throw new IllegalStateException("spor.calendar.default-channel (SPOR_CALENDAR_DEFAULT_CHANNEL) is CALDAV,"
                    + " but no CalDAV server is set: set spor.caldav.base-url, or choose MAIL or FEED.");
        }
        String chosen = organizer.isBlank() ? mailFrom.strip() : organizer.strip();
        if (!mailHost.isBlank() || caldav) {
            OrganizerAddress.refusal(chosen).ifPresent(why -> {
                throw new IllegalStateException("Spor will not send calendar invitations from '" + chosen + "': "
                        + why + ". Set spor.calendar.organizer (SPOR_CALENDAR_ORGANIZER) to a real mailbox on your"
                        + " mail domain, e.g. kalender@kommune.dk, and let Spor read the answers from it"
                        + " (spor.calendar.replies.*).");
            });
        }
        this.organizer = chosen;
        this.publicUrl = publicUrl(publicUrl);
    }

    private static DeliveryChannel channel(String configured) {
        try {
            return DeliveryChannel.valueOf(configured.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("spor.calendar.default-channel (SPOR_CALENDAR_DEFAULT_CHANNEL) is '"
                    + configured + "'; it must be MAIL, FEED or CALDAV.", e);
        }
    }

    private static Optional<URI> publicUrl(String configured) {
        if (configured.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(configured.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalStateException("spor.public-url (SPOR_PUBLIC_URL) is '" + configured + "'; it must be"
                    + " the address people open Spor at, e.g. https://spor.kommune.dk");
        }
        return Optional.of(uri);
    }

    /** The organiser address, checked to be a real mailbox whenever Spor sends invitations. */
    public String organizer() {
        return organizer;
    }

    /** How people who chose nothing receive their calendar. */
    public DeliveryChannel defaultChannel() {
        return defaultChannel;
    }

    /** Whether a CalDAV server is configured. */
    public boolean caldav() {
        return caldav;
    }

    /** Spor's public address without a trailing slash, when the operator set it. */
    public Optional<String> publicUrl() {
        return publicUrl.map(u -> u.toString().replaceAll("/+$", ""));
    }

    /** The address of a page in Spor ({@code path} starting with a slash), when the public address is set. */
    public Optional<String> page(String path) {
        return publicUrl().map(base -> base + path);
    }
}
