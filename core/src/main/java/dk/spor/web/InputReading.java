package dk.spor.web;

import dk.spor.input.model.AcceptedDates;
import dk.spor.input.model.PlainText;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How every JSON body reads text and dates, in place of the serializer's own readers: a text with a control character
 * ({@link PlainText}) and a date outside {@link AcceptedDates} are refused while the body is read, so the answer is a
 * 400 naming the field, never an error from the database further in.
 */
@Factory
public class InputReading {

    /** Texts: as the serializer reads them (numbers and booleans are read as their text), then checked. */
    @Singleton
    @Primary
    Deserializer<String> text() {
        return new Deserializer<>() {
            @Override
            public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                    throws IOException {
                String text = decoder.decodeString();
                if (!PlainText.allows(text)) {
                    throw new RefusedValue(PlainText.REFUSED);
                }
                return text;
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<Instant> instant() {
        return temporal(DateTimeFormatter.ISO_INSTANT, Instant::from, AcceptedDates::allows,
                "must be a time such as 2026-03-02T09:00:00Z");
    }

    @Singleton
    @Primary
    Deserializer<LocalDate> date() {
        return temporal(DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, AcceptedDates::allows,
                "must be a date such as 2026-03-02");
    }

    @Singleton
    @Primary
    Deserializer<LocalDateTime> dateTime() {
        return temporal(DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from, AcceptedDates::allows,
                "must be a date and time such as 2026-03-02T09:00");
    }

    private static <T> Deserializer<T> temporal(DateTimeFormatter format, Function<TemporalAccessor, T> from,
                                                Predicate<T> accepted, String shape) {
        return new Deserializer<>() {
            @Override
            public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type)
                    throws IOException {
                String text = decoder.decodeString();
                T value;
                try {
                    value = from.apply(format.parse(text));
                } catch (java.time.DateTimeException e) {
                    throw new RefusedValue(shape);
                }
                if (!accepted.test(value)) {
                    throw new RefusedValue(AcceptedDates.REFUSED);
                }
                return value;
            }
        };
    }
}
