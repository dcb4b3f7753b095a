package dk.spor.booking.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is searched for together when a team's block is planned: the whole team with one support person — its first
 * member (in employee-number order) who holds the role, or else the nearest one above the team. Other support
 * persons in the team take part as participants. The support person must attend every sub-group.
 */
public final class TeamSearches {

    private TeamSearches() {
    }

    /** One person in one search; {@code mustAttend} keeps them in every sub-group the slot finder makes. */
    public record Seat(UUID person, AttendeeRole role, boolean mustAttend) {
    }

    /** The searches to run for a team. */
    public record Outcome(List<List<Seat>> searches) {

        public Outcome {
            searches = searches.stream().map(List::copyOf).toList();
        }
    }

    /** The searches for a team of {@code members} (in employee-number order), given the nearest support person above. */
    public static Outcome of(List<TeamMember> members, Optional<UUID> supportAbove) {
        Optional<UUID> own = members.stream().filter(TeamMember::supportPerson).map(TeamMember::person).findFirst();
        List<Seat> team = new ArrayList<>();
        for (TeamMember m : members) {
            boolean isSupport = own.map(m.person()::equals).orElse(false);
            team.add(new Seat(m.person(), isSupport ? AttendeeRole.SUPPORT : AttendeeRole.PARTICIPANT, isSupport));
        }
        if (own.isEmpty()) {
            supportAbove.ifPresent(s -> team.add(new Seat(s, AttendeeRole.SUPPORT, true)));
        }
        return new Outcome(List.of(team));
    }
}
