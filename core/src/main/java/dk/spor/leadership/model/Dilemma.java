package dk.spor.leadership.model;

/** The four leadership dilemmas of the leadership track; their texts are in {@link ReflectionMaterial}. */
public enum Dilemma {
    DIRECTION_AS_NOVICE, HOLD_AND_LET_GO, POSSIBILITIES_AND_LIMITS, GAINS_AND_COMPLIANCE
}
