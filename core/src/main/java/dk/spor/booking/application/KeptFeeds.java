package dk.spor.booking.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered feeds kept in this server's memory, each with the count of changes ({@code calendar_feed_change}) it was
 * rendered at: a kept feed is used only while the person's count in the database is the same, so what any server
 * committed is never hidden by what this one kept. Bounded by the bytes of the feeds it holds
 * ({@code spor.calendar.feed-cache-bytes}, 32 MB by default); the feed read longest ago goes first. A plain map under
 * one lock: the work inside is a lookup, and the feeds are read by calendar clients about once an hour each.
 */
@Singleton
public class KeptFeeds {

    /** A rendered feed: its entity tag (without DTSTAMP, which changes at every rendering) and its body. */
    public record Feed(String etag, byte[] body) {
    }

    private record Kept(long changes, Feed feed) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public KeptFeeds(@Value("${spor.calendar.feed-cache-bytes:33554432}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The feed kept for the token hash, if it was rendered at exactly this count of changes. */
    public synchronized Feed get(String tokenHash, long changes) {
        Kept k = kept.get(tokenHash);
        return k != null && k.changes() == changes ? k.feed() : null;
    }

    /** Keeps a feed rendered after the count of changes was read as {@code changes}. */
    public synchronized void put(String tokenHash, long changes, Feed feed) {
        if (feed.body().length > maxBytes) {
            return;
        }
        Kept old = kept.put(tokenHash, new Kept(changes, feed));
        bytes += feed.body().length - (old == null ? 0 : old.feed().body().length);
        var eldest = kept.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Kept> e = eldest.next();
            bytes -= e.getValue().feed().body().length;
            eldest.remove();
        }
    }

    /** How many bytes of feeds are kept now. */
    public synchronized long bytes() {
        return bytes;
    }
}
