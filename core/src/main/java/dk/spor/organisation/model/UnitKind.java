package dk.spor.organisation.model;

/** The levels of an organisation, from the whole municipality down to a team. */
public enum UnitKind {
    MUNICIPALITY, ADMINISTRATION, DEPARTMENT, TEAM
}
