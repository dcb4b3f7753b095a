package dk.spor.booking.model;

import dk.spor.plugin.api.Participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is searched for together when a team's blocks are planned — the rule that honours a sector's
 * {@link BlockRule}.
 * <ul>
 *   <li>The team's support person is its first member (in employee-number order) who holds the role; other
 *       support persons in the team take part as participants. Only when the rule requires a support person and the
 *       team has none of its own does the nearest one above the team join.</li>
 *   <li>A team that needs a support person and has none is not planned; the refusal says why and what to do.</li>
 *   <li>Only a required support person must attend every sub-group; one who is not required is an ordinary
 *       attendee of the search.</li>
 *   <li>Team together: one search for the whole team. Individual: one search per participant, with the required
 *       support person; when support is not required, everyone — a support person too — gets a block alone. A
 *       team with nobody to support still gets its support person's own block.</li>
 * </ul>
 */
public final class TeamSearches {

    /** Why a team that needs a support person is not planned, and what HR can do. */
    public static final String NO_SUPPORT_PERSON = "no support person in the team or in a unit above it, and its"
            + " blocks need one; give someone the support-person role (superbruger) and plan again";

    private TeamSearches() {
    }

    /** One person in one search; {@code mustAttend} keeps them in every sub-group the slot finder makes. */
    public record Seat(UUID person, AttendeeRole role, boolean mustAttend) {
    }

    /** The searches to run for a team, or why it is not planned. */
    public record Outcome(List<List<Seat>> searches, Optional<String> refusal) {

        public Outcome {
            searches = searches.stream().map(List::copyOf).toList();
        }

        static Outcome refused(String why) {
            return new Outcome(List.of(), Optional.of(why));
        }

        public boolean refused() {
            return refusal.isPresent();
        }
    }

    /**
     * The searches for a team of {@code members} (in employee-number order), given the nearest support person above
     * the team (looked up only when the rule requires one).
     */
    public static Outcome of(List<TeamMember> members, Optional<UUID> supportAbove, BlockRule rule) {
        Optional<UUID> own = members.stream().filter(TeamMember::supportPerson).map(TeamMember::person).findFirst();
        Optional<UUID> support = own.isPresent() || !rule.supportPersonRequired() ? own : supportAbove;
        if (rule.supportPersonRequired() && support.isEmpty()) {
            return Outcome.refused(NO_SUPPORT_PERSON);
        }
        List<UUID> participants = members.stream().map(TeamMember::person)
                .filter(p -> own.map(s -> !s.equals(p)).orElse(true)).toList();
        boolean required = rule.supportPersonRequired();
        if (rule.participation() == Participation.INDIVIDUAL) {
            List<List<Seat>> searches = new ArrayList<>();
            if (required) {
                for (UUID person : participants) {
                    searches.add(List.of(new Seat(person, AttendeeRole.PARTICIPANT, false),
                            new Seat(support.orElseThrow(), AttendeeRole.SUPPORT, true)));
                }
                if (participants.isEmpty()) {
                    searches.add(List.of(new Seat(support.orElseThrow(), AttendeeRole.PARTICIPANT, false)));
                }
            } else {
                members.forEach(m -> searches.add(List.of(new Seat(m.person(), AttendeeRole.PARTICIPANT, false))));
            }
            return new Outcome(searches, Optional.empty());
        }
        List<Seat> team = new ArrayList<>();
        for (TeamMember m : members) {
            boolean isSupport = own.map(m.person()::equals).orElse(false);
            team.add(new Seat(m.person(), isSupport ? AttendeeRole.SUPPORT : AttendeeRole.PARTICIPANT,
                    isSupport && required));
        }
        if (own.isEmpty() && support.isPresent()) {
            team.add(new Seat(support.get(), AttendeeRole.SUPPORT, true));
        }
        return new Outcome(List.of(team), Optional.empty());
    }
}
