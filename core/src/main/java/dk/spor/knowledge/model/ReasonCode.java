package dk.spor.knowledge.model;

/** Why something is recommended to a person: their programme's sector, one of their learning goals, their own profile. */
public enum ReasonCode {
    SECTOR, GOAL, ATTITUDE_TYPE
}
