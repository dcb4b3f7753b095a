package dk.spor.goals.model;

/** A learning goal is proposed by one side, active once both agree, then done or dropped. */
public enum GoalState {
    PROPOSED, ACTIVE, DONE, DROPPED
}
