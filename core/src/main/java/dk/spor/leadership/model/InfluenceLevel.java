package dk.spor.leadership.model;

/** How much say staff have in the programme: information, medindflydelse, medbestemmelse. */
public enum InfluenceLevel {
    INFORMATION, CONSULTATION, CO_DETERMINATION
}
