package dk.spor.goals.persistence;

import dk.spor.goals.model.GoalState;
import dk.spor.goals.model.Side;
import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.spor.support.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The employee and the manager both change a goal: a change made on a copy read before the other's is refused. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningGoalVersionTest implements RealDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    LearningGoals goals;

    @Test
    void a_goal_changed_since_it_was_read_is_not_overwritten_by_the_older_copy() {
        // given: Bo proposed a goal, and two people read it
        FixtureOrganisation organisation = FixtureOrganisation.imported(http.toBlocking());
        Api hr = Api.administrator(http.toBlocking());
        String programme = (String) hr.post("/api/programmes", Map.of("name", "AI i Jobcenter",
                "unitIds", List.of(Lookups.unit(hr, "JC")))).get("id");
        UUID id = UUID.fromString((String) organisation.as("bo@example.dk").post("/api/me/goals",
                body("programmeId", programme, "text", "Skrive mødeindkaldelser med AI")).get("id"));
        LearningGoalRow readByAnne = goals.findById(id).orElseThrow();
        LearningGoalRow readByBo = goals.findById(id).orElseThrow();

        // when: Anne agrees first, then Bo drops what he read before that
        goals.update(readByAnne.agreedBy(Side.MANAGER, Instant.now(), GoalState.ACTIVE));

        // then
        assertThrows(OptimisticLockException.class, () -> goals.update(readByBo.inState(GoalState.DROPPED)));
        LearningGoalRow stored = goals.findById(id).orElseThrow();
        assertEquals(GoalState.ACTIVE, stored.state());
        assertEquals(readByAnne.version() + 1, stored.version());
    }
}
