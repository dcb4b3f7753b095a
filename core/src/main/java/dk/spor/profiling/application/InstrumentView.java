package dk.spor.profiling.application;

import dk.spor.profiling.model.AttitudeType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A published survey version with its statements in the order they are shown. */
@Serdeable
public record InstrumentView(int version, Instant publishedAt, int scaleMin, int scaleMax, String note,
                             List<Statement> items) {

    /** One statement, as HR proposes it for a new version and as a published version shows it. */
    @Serdeable
    public record Statement(String key, AttitudeType dimension, boolean reverse, String textDa, String textEn) {
    }
}
