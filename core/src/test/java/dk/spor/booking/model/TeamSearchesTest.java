package dk.spor.booking.model;

import dk.spor.plugin.api.Participation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.spor.booking.model.AttendeeRole.PARTICIPANT;
import static dk.spor.booking.model.AttendeeRole.SUPPORT;
import static dk.spor.plugin.api.Participation.INDIVIDUAL;
import static dk.spor.plugin.api.Participation.TEAM_TOGETHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Who is searched for together: a team, its support person and its sector's rule in, searches or a refusal out. */
class TeamSearchesTest {

    private static final UUID ANNE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID BO = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID CECILIE = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID SARA = UUID.fromString("00000000-0000-0000-0000-000000000009");

    private static final BlockRule REQUIRED = new BlockRule(true, TEAM_TOGETHER);
    private static final BlockRule NOT_REQUIRED = new BlockRule(false, TEAM_TOGETHER);

    private static TeamMember member(UUID person) {
        return new TeamMember(person, false);
    }

    private static TeamMember supporter(UUID person) {
        return new TeamMember(person, true);
    }

    private static TeamSearches.Seat seat(UUID person, AttendeeRole role, boolean mustAttend) {
        return new TeamSearches.Seat(person, role, mustAttend);
    }

    static Stream<Arguments> teams() {
        List<TeamMember> withBo = List.of(member(ANNE), supporter(BO), member(CECILIE));
        List<TeamMember> withoutSupport = List.of(member(ANNE), member(CECILIE));
        return Stream.of(
                // name, members, support person above, rule, expected searches
                arguments("a required support person in the team joins the team's block and every sub-group",
                        withBo, Optional.empty(), REQUIRED,
                        List.of(List.of(seat(ANNE, PARTICIPANT, false), seat(BO, SUPPORT, true),
                                seat(CECILIE, PARTICIPANT, false)))),
                arguments("a team without its own gets the nearest support person above it",
                        withoutSupport, Optional.of(SARA), REQUIRED,
                        List.of(List.of(seat(ANNE, PARTICIPANT, false), seat(CECILIE, PARTICIPANT, false),
                                seat(SARA, SUPPORT, true)))),
                arguments("the first support person in the team is its support person, another takes part",
                        List.of(supporter(ANNE), supporter(BO)), Optional.empty(), REQUIRED,
                        List.of(List.of(seat(ANNE, SUPPORT, true), seat(BO, PARTICIPANT, false)))),
                arguments("a support person who is not required takes part as one, without binding the search",
                        withBo, Optional.empty(), NOT_REQUIRED,
                        List.of(List.of(seat(ANNE, PARTICIPANT, false), seat(BO, SUPPORT, false),
                                seat(CECILIE, PARTICIPANT, false)))),
                arguments("a team that needs no support person is planned as it is, nobody brought in from above",
                        withoutSupport, Optional.of(SARA), NOT_REQUIRED,
                        List.of(List.of(seat(ANNE, PARTICIPANT, false), seat(CECILIE, PARTICIPANT, false)))),
                arguments("individually, each participant gets a search of their own with the required support person",
                        withBo, Optional.empty(), new BlockRule(true, INDIVIDUAL),
                        List.of(List.of(seat(ANNE, PARTICIPANT, false), seat(BO, SUPPORT, true)),
                                List.of(seat(CECILIE, PARTICIPANT, false), seat(BO, SUPPORT, true)))),
                arguments("individually with support from above, the support person joins every participant",
                        withoutSupport, Optional.of(SARA), new BlockRule(true, INDIVIDUAL),
                        List.of(List.of(seat(ANNE, PARTICIPANT, false), seat(SARA, SUPPORT, true)),
                                List.of(seat(CECILIE, PARTICIPANT, false), seat(SARA, SUPPORT, true)))),
                arguments("individually without a required support person, everyone is alone, a support person too",
                        withBo, Optional.empty(), new BlockRule(false, INDIVIDUAL),
                        List.of(List.of(seat(ANNE, PARTICIPANT, false)), List.of(seat(BO, PARTICIPANT, false)),
                                List.of(seat(CECILIE, PARTICIPANT, false)))),
                arguments("individually, a team of only its support person still gets that person's block",
                        List.of(supporter(BO)), Optional.empty(), new BlockRule(true, INDIVIDUAL),
                        List.of(List.of(seat(BO, PARTICIPANT, false)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void a_team_is_searched_for_as_its_sector_says(String name, List<TeamMember> members, Optional<UUID> above,
                                                   BlockRule rule, List<List<TeamSearches.Seat>> expected) {
        // when
        TeamSearches.Outcome outcome = TeamSearches.of(members, above, rule);

        // then
        assertEquals(Optional.empty(), outcome.refusal());
        assertEquals(expected, outcome.searches());
    }

    static Stream<Arguments> required() {
        return Stream.of(arguments(TEAM_TOGETHER), arguments(INDIVIDUAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("required")
    void a_team_that_needs_a_support_person_and_has_none_is_refused_with_what_to_do(Participation participation) {
        // when
        TeamSearches.Outcome outcome = TeamSearches.of(List.of(member(ANNE), member(CECILIE)), Optional.empty(),
                new BlockRule(true, participation));

        // then
        assertEquals(List.of(), outcome.searches(), "nobody is booked without the support person");
        assertEquals(Optional.of(TeamSearches.NO_SUPPORT_PERSON), outcome.refusal());
    }

    @Test
    void a_programme_without_a_sector_policy_follows_the_plugin_apis_defaults() {
        // then
        assertEquals(new BlockRule(true, TEAM_TOGETHER), BlockRule.DEFAULT);
    }
}
