package dk.spor.booking.model;

/** What a person is in an action-learning block; stored by name. */
public enum AttendeeRole {
    /** A member of the team trying use cases. */
    PARTICIPANT,
    /** The support person (støtteperson / superbruger) who helps them. */
    SUPPORT
}
