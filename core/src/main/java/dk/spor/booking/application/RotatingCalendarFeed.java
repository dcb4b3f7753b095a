package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.persistence.CalendarFeeds;
import dk.spor.web.Hashes;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Gives a person a new feed token; the previous one stops working. Shown once, stored only as a hash. The feed's
 * address is made from Spor's public address ({@code spor.public-url}), never from the request, so a forged Host
 * header cannot put another server's name into it; it is https only when the public address is. Subscribing makes
 * the feed the person's one calendar channel.
 */
@Singleton
public class RotatingCalendarFeed {

    private final CalendarFeeds feeds;
    private final CalendarSettings settings;
    private final ChoosingCalendarChannel choosing;
    private final SecureRandom random = new SecureRandom();

    public RotatingCalendarFeed(CalendarFeeds feeds, CalendarSettings settings, ChoosingCalendarChannel choosing) {
        this.feeds = feeds;
        this.settings = settings;
        this.choosing = choosing;
    }

    /**
     * The feed's address as a calendar subscribes to it ({@code webcal://}), as plain http(s), and as https when the
     * public address is https; and the person's channel now.
     */
    @Serdeable
    public record Feed(String url, String webcalUrl, @Nullable String httpsUrl, DeliveryChannel channel) {
    }

    @Transactional
    public Feed rotate(UUID person) {
        String base = settings.publicUrl().orElseThrow(() -> Problem.conflict("Spor's public address is not set, so"
                + " no feed address can be given; ask the operator to set spor.public-url (SPOR_PUBLIC_URL)."));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.replaceToken(person, Hashes.sha256Hex(token));
        DeliveryChannel channel = choosing.choose(person, DeliveryChannel.FEED).channel();
        URI url = URI.create(base + "/api/calendar/feed/" + token + ".ics");
        String webcal = "webcal://" + url.getRawAuthority() + url.getRawPath();
        return new Feed(url.toString(), webcal, "https".equalsIgnoreCase(url.getScheme()) ? url.toString() : null,
                channel);
    }
}
