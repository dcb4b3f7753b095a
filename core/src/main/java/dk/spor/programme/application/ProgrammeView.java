package dk.spor.programme.application;

import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.programme.model.Track;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A programme as the API shows it: its four tracks, units, modules with their sessions, and how many take part. */
@Serdeable
public record ProgrammeView(UUID id, String name, String description, ProgrammeState state, String sectorId,
                            int actionLearningMinutes, List<TrackView> tracks, List<UnitRef> units,
                            List<ModuleView> modules, int participants, long version, int minimumGapDays) {

    /**
     * {@code start} and {@code end} are Copenhagen wall time, the {@code …Utc} fields the same instants; a session in
     * a room names it.
     */
    @Serdeable
    public record SessionView(UUID id, LocalDateTime start, LocalDateTime end, Instant startUtc, Instant endUtc,
                              String location, Integer capacity, @Nullable UUID roomId, @Nullable String roomName) {
    }

    /** {@code choiceDeadline}: an elective's deadline for choosing a session, Copenhagen wall time. */
    @Serdeable
    public record ModuleView(UUID id, int position, String title, String description, ModuleKind kind,
                             Delivery delivery, List<SessionView> sessions, @Nullable LocalDateTime choiceDeadline) {
    }

    @Serdeable
    public record TrackView(Track track, String nameDa, String nameEn) {
    }

    @Serdeable
    public record UnitRef(UUID id, String name) {
    }
}
