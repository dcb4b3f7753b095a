package dk.spor.booking.delivery;

import dk.spor.booking.model.CalDavAnswer;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.InvitationMethod;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Pushes bookings into each person's CalDAV calendar (RFC 4791) at {@code {base-url}/{e-mail}/{calendar}/}: a PUT of
 * the event resource named by its UID for invitations and updates, a DELETE for cancellations. A refusal that trying
 * again does not change ({@link CalDavAnswer}: e.g. RFC 6638's no-uid-conflict) ends the row with its reason; the
 * server being away is tried again. The people's answers are read back from the same resources
 * ({@link #read(String, String)}). Active when {@code spor.caldav.base-url} is set.
 */
@Singleton
@Requires(property = "spor.caldav.base-url")
public class CalDavDelivery {

    private final OutboxDelivery outbox;
    private final String base;
    private final String calendar;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public CalDavDelivery(OutboxDelivery outbox, @Value("${spor.caldav.base-url}") String base,
                          @Value("${spor.caldav.calendar:spor}") String calendar,
                          @Value("${spor.caldav.username:}") String username,
                          @Value("${spor.caldav.password:}") String password) {
        this.outbox = outbox;
        this.base = base.endsWith("/") ? base : base + "/";
        this.calendar = calendar;
        this.authorization = username.isBlank() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Scheduled(fixedDelay = "${spor.caldav.poll-interval:10s}", initialDelay = "2s")
    public void deliverDue() {
        while (outbox.deliver(DeliveryChannel.CALDAV, 50, this::send) == 50) {
            // keep going while full batches come back
        }
    }

    /** The collection URL of a person's calendar. */
    public URI collection(String email) {
        return URI.create(base + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/" + calendar + "/");
    }

    void send(OutboxDelivery.Item item) throws Exception {
        URI collection = collection(item.email());
        ensureCalendar(collection);
        URI resource = resource(item.email(), item.bookingUid());
        HttpRequest.Builder request = HttpRequest.newBuilder(resource).timeout(Duration.ofSeconds(10));
        boolean deleting = item.method() == InvitationMethod.CANCEL;
        if (deleting) {
            request.DELETE();
        } else {
            // a resource stored in a calendar carries no METHOD (RFC 4791 section 4.1)
            String body = item.ics().replaceFirst("METHOD:REQUEST\r\n", "");
            request.header("Content-Type", "text/calendar; charset=utf-8")
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = exchange(authorize(request).build(), HttpResponse.BodyHandlers.ofString());
        judge(CalDavAnswer.of(response.statusCode(), response.body(), deleting));
    }

    /** The event resource Spor keeps for a booking in a person's calendar, as the server holds it now. */
    public java.util.Optional<String> read(String email, String uid) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(authorize(HttpRequest.newBuilder(resource(email, uid))
                .timeout(Duration.ofSeconds(10)).GET()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404 || response.statusCode() == 410) {
            return java.util.Optional.empty();
        }
        if (response.statusCode() >= 300) {
            throw new IOException("the CalDAV server answered " + response.statusCode() + " to reading an event");
        }
        return java.util.Optional.of(response.body());
    }

    private URI resource(String email, String uid) {
        return collection(email).resolve(URLEncoder.encode(uid, StandardCharsets.UTF_8) + ".ics");
    }

    private static void judge(CalDavAnswer.Verdict verdict) throws IOException, OutboxDelivery.Refused {
        switch (verdict.kind()) {
            case DONE -> { }
            case RETRY -> throw new IOException(verdict.reason());
            case REFUSED -> throw new OutboxDelivery.Refused(verdict.reason());
        }
    }

    private void ensureCalendar(URI collection) throws IOException, InterruptedException, OutboxDelivery.Refused {
        HttpResponse<Void> exists = exchange(authorize(HttpRequest.newBuilder(collection)
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()).header("Depth", "0")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (exists.statusCode() == 404) {
            String body = """
                    <?xml version="1.0" encoding="utf-8"?>
                    <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                      <D:set><D:prop><D:displayname>Spor</D:displayname></D:prop></D:set>
                    </C:mkcalendar>""";
            HttpResponse<String> made = makeCalendar(collection, body);
            if (made.statusCode() == 409) {
                // the person's own collection is missing too: create it, then the calendar in it
                exchange(authorize(HttpRequest.newBuilder(collection.resolve(".."))
                        .method("MKCOL", HttpRequest.BodyPublishers.noBody())).build(), HttpResponse.BodyHandlers.discarding());
                made = makeCalendar(collection, body);
            }
            if (made.statusCode() >= 300) {
                judge(CalDavAnswer.of(made.statusCode(), made.body(), false));
            }
        }
    }

    private HttpResponse<String> makeCalendar(URI collection, String body) throws IOException, InterruptedException {
        return exchange(authorize(HttpRequest.newBuilder(collection)
                .method("MKCALENDAR", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/xml; charset=utf-8")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One request, tried a second time at once if the connection fails before any answer: servers close idle
     * pooled connections, and a PUT or DELETE of the same resource is safe to repeat.
     */
    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        try {
            return http.send(request, handler);
        } catch (IOException stale) {
            return http.send(request, handler);
        }
    }

    private HttpRequest.Builder authorize(HttpRequest.Builder request) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }
}
