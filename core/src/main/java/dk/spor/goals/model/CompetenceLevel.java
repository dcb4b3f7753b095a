package dk.spor.goals.model;

/** Kende / kunne / mestre, from the lowest to the highest: the order is what "reached or passed" compares. */
public enum CompetenceLevel {
    KNOW_OF, CAN, MASTER
}
