package dk.spor.leadership.application;

import dk.spor.plugin.api.LeadershipCase;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The leadership track: the dilemmas, the grips, the sector's own cases and the viewer's reflections. */
@Serdeable
public record TrackView(List<Material> dilemmas, List<Material> grips, List<LeadershipCase> sectorCases,
                        List<Reflection> myReflections) {
}
