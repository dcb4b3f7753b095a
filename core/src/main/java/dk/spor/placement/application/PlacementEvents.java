package dk.spor.placement.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Past-tense records of what happened to placements; bookings and notifications listen to them. */
public final class PlacementEvents {

    private PlacementEvents() {
    }

    /** A person moved from one session of a module to another (or out of it: {@code to} null), not by their choice. */
    public record Moved(UUID person, UUID moduleId, UUID from, UUID to) {
    }

    /** A person on a waiting list got a place that was freed; {@code from} is the session they left, or null. */
    public record GotAPlace(UUID person, UUID moduleId, UUID session, UUID from) {
    }

    /**
     * Placements of a programme changed, or its sessions did. {@code units}: the teams whose people's sessions
     * changed, when only they are concerned; empty with {@code everyone} when sessions themselves changed (their
     * times concern everyone in them). {@code moved} and {@code gotAPlace} are the people to tell.
     */
    public record PlacementsChanged(UUID programmeId, boolean everyone, Set<UUID> units, List<Moved> moved,
                                    List<GotAPlace> gotAPlace) {
        public PlacementsChanged {
            units = Set.copyOf(units);
            moved = List.copyOf(moved);
            gotAPlace = List.copyOf(gotAPlace);
        }
    }
}
