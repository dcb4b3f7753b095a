package dk.spor.booking.delivery;

import dk.spor.booking.application.RecordingAnswers;
import dk.spor.booking.persistence.BookingAnswers;
import dk.spor.calendars.AnswerReader;
import dk.spor.calendars.IcsFormatException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads answers back from CalDAV: a person whose calendar is on the CalDAV server answers in their own client, which
 * writes their PARTSTAT into the event Spor put there. Now and then every upcoming booking whose latest version is in
 * a person's CalDAV calendar is read back, and the PARTSTAT of that person's own ATTENDEE line is recorded
 * ({@link RecordingAnswers}); the other attendees' lines in their copy say nothing about those people. A copy with an
 * older SEQUENCE than the booking (Spor's update not there yet) is not an answer.
 */
@Singleton
@Requires(property = "spor.caldav.base-url")
public class CalDavAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(CalDavAnswers.class);
    private static final int PER_ROUND = 500;

    private final CalDavDelivery caldav;
    private final BookingAnswers answers;
    private final RecordingAnswers recording;
    private final AnswerReader reader = new AnswerReader();

    public CalDavAnswers(CalDavDelivery caldav, BookingAnswers answers, RecordingAnswers recording) {
        this.caldav = caldav;
        this.answers = answers;
        this.recording = recording;
    }

    @Scheduled(fixedDelay = "${spor.caldav.answers-interval:5m}", initialDelay = "30s")
    public void readBack() {
        int recorded = 0;
        for (BookingAnswers.CalDavCopy copy : answers.calDavCopies(PER_ROUND)) {
            try {
                Optional<String> ics = caldav.read(copy.email(), copy.uid());
                if (ics.isEmpty()) {
                    continue;
                }
                String own = copy.email().strip().toLowerCase(Locale.ROOT);
                for (AnswerReader.Answer answer : reader.read(ics.get())) {
                    if (answer.email().equals(own) && answer.uid().equals(copy.uid())
                            && recording.record(answer, RecordingAnswers.Source.CALDAV, Optional.empty())
                            == RecordingAnswers.Result.RECORDED) {
                        recorded++;
                    }
                }
            } catch (IOException | IcsFormatException e) {
                LOG.warn("An answer could not be read back from CalDAV for booking {}: {}", copy.uid(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (recorded > 0) {
            LOG.info("CalDAV: {} answers read back and recorded", recorded);
        }
    }

}
