package dk.spor.programme.application;

import dk.spor.programme.model.ProgrammeState;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Past-tense records of what happened to a programme; later capabilities (calendar bookings) listen to them. */
public final class ProgrammeEvents {

    private ProgrammeEvents() {
    }

    public record SessionTime(UUID sessionId, Instant start, Instant end) {
    }

    /** A module's session dates changed; bookings around it must follow. */
    public record ModuleMoved(UUID programmeId, UUID moduleId, List<SessionTime> before, List<SessionTime> after) {
    }

    /** HR moved the programme from one state to another, giving a reason or none. */
    public record ProgrammeStateChanged(UUID programmeId, ProgrammeState from, ProgrammeState to, String reason) {
    }

    public record ParticipantsChanged(UUID programmeId, List<UUID> joined, List<UUID> left) {
    }

    /**
     * A module's sessions changed in any way — added, moved, cancelled, another room or capacity — or a module was
     * added; the people placed in its sessions must follow. {@code moduleId} is null when every module is concerned.
     */
    public record SessionsChanged(UUID programmeId, UUID moduleId) {
    }
}
