package dk.spor.booking.application;

import dk.spor.booking.persistence.CalendarFeeds;
import dk.spor.web.Hashes;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Gives a person a new feed token; the previous one stops working. Shown once, stored only as a hash. */
@Singleton
public class RotatingCalendarFeed {

    private final CalendarFeeds feeds;
    private final SecureRandom random = new SecureRandom();

    public RotatingCalendarFeed(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Transactional
    public String rotate(UUID person) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.replaceToken(person, Hashes.sha256Hex(token));
        return token;
    }
}
