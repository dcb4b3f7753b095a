package dk.spor.notification;

import dk.spor.operations.Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.RealDatabase;
import dk.spor.support.RealPeers;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No SMTP server answers: a notification's e-mail is kept, with the reason, and tried again after a pause. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailingWhileTheMailServerIsAwayHttpTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    MeterRegistry meters;

    private Map<String, String> database;

    @Override
    public Map<String, String> getProperties() {
        database = RealDatabase.super.getProperties();
        Map<String, String> properties = new HashMap<>(database);
        // nothing listens on a port that was free a moment ago
        properties.put("spor.mail.host", "127.0.0.1");
        properties.put("spor.mail.port", String.valueOf(RealPeers.freePort()));
        properties.put("spor.mail.from", "spor@example.dk");
        properties.put("spor.mail.poll-interval", "200ms");
        return properties;
    }

    private record Outbox(int attempts, String error, boolean mailed, double secondsToNextAttempt) {
    }

    @Test
    void a_failed_mail_keeps_its_reason_and_waits_thirty_seconds_before_the_next_attempt() throws Exception {
        // given: Anne proposes a goal for Bo, which tells Bo
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String team = hr.list("/api/units").stream().filter(u -> "T1".equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Team Ung",
                "unitIds", List.of(team))).get("id");
        String boId = (String) organisation.as("bo@example.dk").get("/api/me").get("personId");
        organisation.as("anne@example.dk").post("/api/people/" + boId + "/goals",
                body("programmeId", programme, "text", "Bruge AI til mødereferater"));

        // when: the sender has tried once
        Outbox outbox = outbox(boId);
        for (int i = 0; i < 100 && outbox.attempts() == 0; i++) {
            Thread.sleep(100);
            outbox = outbox(boId);
        }
        Thread.sleep(1_000);
        Outbox later = outbox(boId);

        // then: not sent, the technical reason kept, the next attempt half a minute after the failure
        assertEquals(1, outbox.attempts(), outbox.toString());
        assertTrue(!outbox.mailed() && outbox.error() != null && !outbox.error().isBlank(), outbox.toString());
        assertTrue(outbox.secondsToNextAttempt() > 25 && outbox.secondsToNextAttempt() <= 30, outbox.toString());
        assertEquals(1, later.attempts(), "no second attempt before the pause is over");
        assertTrue(meters.get(Metrics.DELIVERY_FAILURES).tag("channel", "NOTIFICATION_MAIL").counter().count() >= 1,
                "the failed attempt is counted for the operator");
    }

    private Outbox outbox(String person) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
             PreparedStatement ps = c.prepareStatement("""
                     select mail_attempts, mail_error, mailed_at is not null as mailed,
                            extract(epoch from mail_next_attempt_at - now()) as seconds_to_next
                     from notification where person_id = ?::uuid and kind = 'GoalProposed'""")) {
            ps.setString(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Outbox(rs.getInt("mail_attempts"), rs.getString("mail_error"),
                        rs.getBoolean("mailed"), rs.getDouble("seconds_to_next")) : new Outbox(0, null, false, 0);
            }
        }
    }
}
