package dk.spor.goals.persistence;

import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.GoalState;
import dk.spor.goals.model.Side;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One learning goal as stored. The employee and the manager both change it, so {@link #version} guards every update:
 * a change made on a goal someone else has changed meanwhile is refused.
 */
@MappedEntity("learning_goal")
public record LearningGoalRow(@Id UUID id, UUID programmeId, UUID personId, String text, Side proposedBy,
                              @Nullable Instant employeeAgreedAt, @Nullable Instant managerAgreedAt, GoalState state,
                              @TypeDef(type = DataType.STRING_ARRAY) List<String> useCaseIds, String competence,
                              @Nullable CompetenceLevel targetLevel, @Nullable Integer afterModule,
                              @Nullable LocalDate dueDate, Instant createdAt, @Version long version) {

    /** The goal once {@code side} has agreed at {@code at} (an earlier agreement keeps its time), now in {@code state}. */
    public LearningGoalRow agreedBy(Side side, Instant at, GoalState state) {
        Instant employee = side == Side.EMPLOYEE && employeeAgreedAt == null ? at : employeeAgreedAt;
        Instant manager = side == Side.MANAGER && managerAgreedAt == null ? at : managerAgreedAt;
        return new LearningGoalRow(id, programmeId, personId, text, proposedBy, employee, manager, state, useCaseIds,
                competence, targetLevel, afterModule, dueDate, createdAt, version);
    }

    public LearningGoalRow inState(GoalState state) {
        return new LearningGoalRow(id, programmeId, personId, text, proposedBy, employeeAgreedAt, managerAgreedAt,
                state, useCaseIds, competence, targetLevel, afterModule, dueDate, createdAt, version);
    }
}
