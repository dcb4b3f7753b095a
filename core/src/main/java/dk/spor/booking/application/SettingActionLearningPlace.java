package dk.spor.booking.application;

import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.persistence.ActionLearningPlaces;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * HR says where a programme's action-learning blocks take place: a room, an address or an online meeting link; none
 * means the team's own workplace. A changed place is a changed event: every upcoming block gets a higher SEQUENCE and
 * its people an updated invitation ("Ændret: …").
 */
@Singleton
public class SettingActionLearningPlace {

    private final ActionLearningPlaces places;
    private final InvitingAttendees inviting;
    private final Clock clock;

    public SettingActionLearningPlace(ActionLearningPlaces places, InvitingAttendees inviting, Clock clock) {
        this.places = places;
        this.inviting = inviting;
        this.clock = clock;
    }

    /** The place and how many upcoming blocks were updated. */
    @Serdeable
    public record Place(@Nullable String place, int blocksUpdated) {
    }

    @Transactional
    public Place set(UUID programme, @Nullable String place) {
        String wanted = place == null || place.isBlank() ? null : place.strip();
        if (wanted != null && (wanted.length() > 500 || wanted.contains("\n") || wanted.contains("\r"))) {
            throw Problem.invalid("The place is one line of at most 500 characters.",
                    List.of(Problem.FieldError.field("place", "one line, at most 500 characters")));
        }
        if (Objects.equals(places.of(programme).orElse(null), wanted)) {
            return new Place(wanted, 0);
        }
        places.set(programme, wanted);
        List<ActionLearningPlaces.Raised> raised = places.raiseUpcoming(programme, clock.instant());
        List<InvitingAttendees.Message> messages = new ArrayList<>();
        raised.forEach(r -> r.people().forEach(p -> messages.add(new InvitingAttendees.Message(p, r.uid(),
                InvitationMethod.REQUEST, r.sequence()))));
        inviting.send(messages);
        return new Place(wanted, raised.size());
    }
}
