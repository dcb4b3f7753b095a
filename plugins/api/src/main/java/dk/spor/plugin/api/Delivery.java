package dk.spor.plugin.api;

/** How a training module is delivered. */
public enum Delivery {
    /** In a room, with capacity and attendance. */
    IN_PERSON,
    /** Online. */
    ONLINE
}
