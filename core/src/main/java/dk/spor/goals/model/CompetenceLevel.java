package dk.spor.goals.model;

/** Kende / kunne / mestre. */
public enum CompetenceLevel {
    KNOW_OF, CAN, MASTER
}
