package dk.spor.leadership.application;

import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.InfluenceLevel;

import java.util.List;

/** A frame as written; only {@code purpose} and {@code influenceLevel} are required. */
public record NewFrame(String purpose, String ambition, String fixed, String open, List<FrameGain> gains,
                       String whoGains, String doLessOf, String freedTimeUse, InfluenceLevel influenceLevel,
                       String involved) {
}
