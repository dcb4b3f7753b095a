package dk.spor.leadership.model;

/** The four leadership grips (ledelsesgreb); their texts are in {@link ReflectionMaterial}. */
public enum Grip {
    TRANSFORMATION_AND_TRANSITION, PER_ATTITUDE_TYPE, LINE_UP_AND_DOWN, OWN_CURIOSITY
}
