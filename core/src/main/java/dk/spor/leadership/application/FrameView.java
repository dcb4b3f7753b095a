package dk.spor.leadership.application;

import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.InfluenceLevel;
import dk.spor.leadership.persistence.FrameRow;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a programme's frame. */
@Serdeable
public record FrameView(UUID programmeId, int version, String purpose, String ambition, String fixed, String open,
                        List<FrameGain> gains, String whoGains, String doLessOf, String freedTimeUse,
                        InfluenceLevel influenceLevel, String involved, Instant writtenAt) {

    static FrameView of(FrameRow row) {
        return new FrameView(row.id().programmeId(), row.id().version(), row.purpose(), row.ambition(), row.fixed(),
                row.open(), row.gains().stream().map(FrameGain::valueOf).toList(), row.whoGains(), row.doLessOf(),
                row.freedTimeUse(), row.influenceLevel(), row.involved(), row.writtenAt());
    }
}
