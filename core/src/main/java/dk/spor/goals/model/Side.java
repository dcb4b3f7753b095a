package dk.spor.goals.model;

/** The two sides of a learning-goal agreement. */
public enum Side {
    EMPLOYEE, MANAGER
}
