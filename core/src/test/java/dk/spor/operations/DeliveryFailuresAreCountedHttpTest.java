package dk.spor.operations;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Waiting.until;

/**
 * With the mail server and the CalDAV server both away, every invitation the outbox tries and must try again counts
 * in {@code spor_delivery_failures_total} for its channel: the meter the README's alert "deliveries keep failing"
 * reads.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryFailuresAreCountedHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    MeterRegistry registry;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealDatabase.super.getProperties());
        // nothing listens on either port: both servers are away
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(RealPeers.freePort()));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "200ms");
        properties.put("spor.caldav.base-url", "http://127.0.0.1:" + RealPeers.freePort() + "/dav/");
        properties.put("spor.caldav.poll-interval", "200ms");
        properties.put("spor.calendar.organizer", "aktionslaering@example.dk");
        return properties;
    }

    @Test
    void failed_deliveries_by_mail_and_by_caldav_are_counted_per_channel() {
        // given: Team Ung, where Bo takes his calendar over CalDAV and the others by mail
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        organisation.as("bo@example.dk").put("/api/me/calendar-channel", Map.of("channel", "CALDAV"));
        double mailBefore = failures("MAIL");
        double caldavBefore = failures("CALDAV");
        Api hr = Api.administrator(http.toBlocking());
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(Lookups.unit(hr, "T1")))).get("id");
        for (int week = 0; week < 2; week++) {
            String day = monday.plusWeeks(week).toString();
            hr.post("/api/programmes/" + programme + "/modules", Map.of("title", "Modul " + (week + 1),
                    "kind", "PROGRESSIVE", "delivery", "IN_PERSON", "sessions",
                    List.of(Map.of("start", day + "T09:00:00", "end", day + "T12:00:00"))));
        }
        hr.post("/api/programmes/" + programme + "/state", Map.of("to", "PLANNED"));

        // when: the block is planned and its invitations are tried
        hr.post("/api/programmes/" + programme + "/action-learning/plan", Map.of());

        // then: the failures of both channels are counted (Anne and Cecilie by mail, Bo over CalDAV)
        until(() -> failures("MAIL") >= mailBefore + 2, "mail failures counted");
        until(() -> failures("CALDAV") >= caldavBefore + 1, "CalDAV failures counted");
    }

    private double failures(String channel) {
        Counter counter = registry.find(Metrics.DELIVERY_FAILURES).tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }
}
